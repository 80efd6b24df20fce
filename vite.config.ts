import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vite'
import pkg from './package.json' with { type: 'json' }

// Three entries, so the staff console's and the tablet's code never ship to
// buyers' phones. kiosk/public/ (service worker, manifest) is copied as-is.
export default defineConfig({
  // The kiosk reports its build in every heartbeat.
  define: { __APP_VERSION__: JSON.stringify(pkg.version) },
  root: fileURLToPath(new URL('./kiosk/', import.meta.url)),
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  build: {
    outDir: fileURLToPath(new URL('./dist/', import.meta.url)),
    emptyOutDir: true,
    target: 'es2019',
    // The polyfill only starts the preloads early; without it a browser that
    // lacks modulepreload still loads every module through its imports. Its
    // bytes go to the buyer's 25 KB budget (issue 12).
    modulePreload: { polyfill: false },
    rollupOptions: {
      input: {
        buyer: fileURLToPath(new URL('./kiosk/index.html', import.meta.url)),
        staff: fileURLToPath(new URL('./kiosk/staff.html', import.meta.url)),
        kiosk: fileURLToPath(new URL('./kiosk/kiosk.html', import.meta.url)),
      },
    },
  },
  server: { proxy: { '/api': 'http://127.0.0.1:8080', '/healthz': 'http://127.0.0.1:8080' } },
})
