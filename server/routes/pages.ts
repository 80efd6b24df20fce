// The built front end. Each entry's HTML is answered on a direct load of any
// of its client-side routes; hashed assets are cached for a year, HTML never
// (so a new deploy is picked up at once). Scripts and stylesheets are answered
// from the brotli or gzip copy the build wrote beside them (vite.config.ts)
// when the browser accepts it.
import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { serveStatic } from '@hono/node-server/serve-static'
import { Hono } from 'hono'
import type { AppDeps, AppEnv } from '../deps.ts'

const ENTRIES: Record<string, string[]> = {
  // The store page (/s/:code), /report and /track are rendered by the server: routes/buyer-pages.ts.
  'index.html': ['/'],
  'staff.html': ['/staff', '/staff/*'],
  // The store tablet has its own entry so its code stays out of the buyer's bundle.
  'kiosk.html': ['/kiosk', '/kiosk/*'],
}

// Files that must keep their names: the service worker (its URL is its
// identity and its scope), the web manifest and its icon. Never cached by
// HTTP, so a changed worker or manifest is seen on the next check.
// Browsers ask for /favicon.ico whatever the page links; it answers the same
// SVG icon (browsers read the type, not the name), so no page logs a 404.
const FIXED_FILES: Record<string, { file: string; type: string }> = {
  '/sw.js': { file: 'sw.js', type: 'text/javascript; charset=utf-8' },
  '/manifest.webmanifest': { file: 'manifest.webmanifest', type: 'application/manifest+json' },
  '/icon.svg': { file: 'icon.svg', type: 'image/svg+xml' },
  '/favicon.ico': { file: 'icon.svg', type: 'image/svg+xml' },
}

export function pageRoutes(deps: AppDeps) {
  const app = new Hono<AppEnv>()

  app.use(
    '/assets/*',
    serveStatic({
      root: deps.staticDir,
      precompressed: true,
      onFound: (_path, c) => c.header('Cache-Control', 'public, max-age=31536000, immutable'),
    }),
  )

  for (const [path, { file, type }] of Object.entries(FIXED_FILES)) {
    app.get(path, async (c) => {
      const full = join(deps.staticDir, file)
      if (!existsSync(full)) return c.text('The front end is not built: run `npm run build`.', 503)
      c.header('Cache-Control', 'no-cache')
      c.header('Content-Type', type)
      return c.body(await readFile(full))
    })
  }

  for (const [file, paths] of Object.entries(ENTRIES)) {
    for (const path of paths) {
      app.get(path, async (c) => {
        const full = join(deps.staticDir, file)
        if (!existsSync(full)) return c.text('The front end is not built: run `npm run build`.', 503)
        c.header('Cache-Control', 'no-cache')
        return c.html(await readFile(full, 'utf8'))
      })
    }
  }

  return app
}
