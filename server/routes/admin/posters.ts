// The print-ready batch of posters for a district, the whole city or one
// store: an HTML page with one poster per printed page (see poster-html.ts
// for why HTML rather than PDF). Printing issues each poster's version,
// which starts its grace period in the silent-poster list.
import { Hono } from 'hono'
import { posterQuerySchema } from '../../../shared/registry-schemas.ts'
import { ApiError } from '../../api-error.ts'
import { recordPosterIssues } from '../../db/queries/posters.ts'
import { activeStoresIn } from '../../db/queries/stores.ts'
import type { AppDeps, AppEnv } from '../../deps.ts'
import { userScope } from '../../auth/scope.ts'
import { queryParams } from '../../middleware/query-params.ts'
import { cspAllowingStyle } from '../../middleware/security-headers.ts'
import { postersHtml } from '../../posters/poster-html.ts'
import { posterSheets } from '../../posters/poster-sheets.ts'

export function adminPosterRoutes(deps: AppDeps) {
  const app = new Hono<AppEnv>()

  app.get('/', queryParams(posterQuerySchema), async (c) => {
    const { size, district, code } = c.req.valid('query')
    const scope = userScope(c.get('user'))
    let stores = await activeStoresIn(deps.db, district, scope)
    if (district && scope && stores.length === 0) throw new ApiError(403, 'forbidden', 'This district is outside yours')
    if (code !== undefined) {
      stores = stores.filter((s) => s.code === code)
      if (stores.length === 0) throw new ApiError(404, 'store_not_found', 'No licensed store with this code in your districts')
    }
    const now = deps.clock.now()
    const sheets = await posterSheets(deps.db, deps.config.publicUrl, now, stores)
    await deps.db.transaction((tx) =>
      recordPosterIssues(tx, sheets.map((s) => ({ storeCode: s.code, version: s.version })), now.toISOString()),
    )
    c.header('Cache-Control', 'no-store')
    const { html, style } = postersHtml(sheets, size)
    // A single self-contained file prints and saves cleanly: its styles stay
    // inline, allowed by their hash and nothing else.
    c.header('Content-Security-Policy', cspAllowingStyle(style))
    return c.html(html)
  })

  return app
}
