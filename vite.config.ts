import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vite'

// Two entries, so the staff console's code never ships to buyers' phones.
export default defineConfig({
  root: fileURLToPath(new URL('./kiosk/', import.meta.url)),
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  build: {
    outDir: fileURLToPath(new URL('./dist/', import.meta.url)),
    emptyOutDir: true,
    target: 'es2019',
    rollupOptions: {
      input: {
        buyer: fileURLToPath(new URL('./kiosk/index.html', import.meta.url)),
        staff: fileURLToPath(new URL('./kiosk/staff.html', import.meta.url)),
      },
    },
  },
  server: { proxy: { '/api': 'http://127.0.0.1:8080', '/healthz': 'http://127.0.0.1:8080' } },
})
