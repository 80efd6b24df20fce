import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { brotliCompressSync, constants, gzipSync } from 'node:zlib'
import { defineConfig, type Plugin } from 'vite'
import pkg from './package.json' with { type: 'json' }

const page = (file: string) => fileURLToPath(new URL(`./kiosk/${file}`, import.meta.url))

// The buyer page's stylesheet goes inside its HTML: a separate file is one
// more request before the first paint, 300 ms on the 3G of issue 12. The
// server allows exactly this block by its hash in the CSP
// (server/middleware/security-headers.ts).
function inlineStylesheet(): Plugin {
  return {
    name: 'storevoice:inline-stylesheet',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        if (ctx.path !== '/index.html') return html
        return html.replace(/<link rel="stylesheet"[^>]*? href="\/(assets\/[\w.-]+\.css)">/g, (_link, file: string) => {
          const css = ctx.bundle?.[file]
          if (css?.type !== 'asset') throw new Error(`${file} is not in the bundle`)
          delete ctx.bundle![file]
          return `<style>${String(css.source)}</style>`
        })
      },
    },
  }
}

// Every script and stylesheet also written brotli- and gzip-compressed, once,
// at the strongest levels: the server answers the file a browser accepts
// (server/routes/pages.ts), so a buyer on 3G downloads a third of the bytes
// and the server spends no time compressing.
function precompress(): Plugin {
  return {
    name: 'storevoice:precompress',
    writeBundle(options, bundle) {
      for (const file of Object.keys(bundle).filter((f) => /\.(?:js|css)$/.test(f))) {
        const path = join(options.dir!, file)
        const bytes = readFileSync(path)
        writeFileSync(`${path}.br`, brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }))
        writeFileSync(`${path}.gz`, gzipSync(bytes, { level: 9 }))
      }
    },
  }
}

// Two builds into one dist/. The buyer's page is built on its own, so that
// everything its first load needs is one script (no chunk shared with the
// staff console or the tablet) and the staff's and the tablet's code never
// ships to buyers' phones. (Rolldown still splits out a few hundred bytes the
// entry shares with its lazy chunks, preloaded beside it in parallel:
// https://github.com/rolldown/rolldown/issues/10731.) kiosk/public/ (service
// worker, manifest) is copied as-is.
export default defineConfig({
  // The kiosk reports its build in every heartbeat.
  define: { __APP_VERSION__: JSON.stringify(pkg.version) },
  root: fileURLToPath(new URL('./kiosk/', import.meta.url)),
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  plugins: [inlineStylesheet(), precompress()],
  build: {
    outDir: fileURLToPath(new URL('./dist/', import.meta.url)),
    emptyOutDir: true,
    target: 'es2019',
    // The polyfill only starts the preloads early; without it a browser that
    // lacks modulepreload still loads every module through its imports. Its
    // bytes go to the buyer's 25 KB budget (issue 12).
    modulePreload: { polyfill: false },
  },
  environments: {
    client: { build: { rollupOptions: { input: { staff: page('staff.html'), kiosk: page('kiosk.html') } } } },
    buyer: { consumer: 'client', build: { emptyOutDir: false, rollupOptions: { input: { buyer: page('index.html') } } } },
  },
  builder: {
    async buildApp(builder) {
      await builder.build(builder.environments.client!)
      await builder.build(builder.environments.buyer!)
    },
  },
  server: { proxy: { '/api': 'http://127.0.0.1:8080', '/healthz': 'http://127.0.0.1:8080' } },
})
