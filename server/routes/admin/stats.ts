// Aggregates only (counts, no case text or personal data), so every role may
// read them, within its scope.
import { Hono } from 'hono'
import type { Dashboard, DistrictStatsRow, StoreStatsDetail, StoreStatsRow } from '../../../shared/api-types.ts'
import { storeCodeParamSchema } from '../../../shared/registry-schemas.ts'
import { statsStoresQuerySchema } from '../../../shared/staff-schemas.ts'
import { ApiError } from '../../api-error.ts'
import { userScope } from '../../auth/scope.ts'
import { loadStoreInScope } from '../../auth/store-access.ts'
import { moment } from '../../cases/case-summary.ts'
import { listAllCategories } from '../../db/queries/categories.ts'
import type { AppDeps, AppEnv } from '../../deps.ts'
import { pathParams } from '../../middleware/path-params.ts'
import { queryParams } from '../../middleware/query-params.ts'
import { buildDashboard } from '../../stats/dashboard.ts'
import { districtRows } from '../../stats/district-rows.ts'
import { aggregatesFor, weeklyFor } from '../../stats/leave-out-hidden.ts'

const DASHBOARD_WEEKS = 12
const STORE_WEEKS = 26

export function adminStatsRoutes(deps: AppDeps) {
  const app = new Hono<AppEnv>()
  const now = () => moment(deps.clock.now(), deps.calendar.get())

  app.get('/stores', queryParams(statsStoresQuerySchema), async (c) => {
    const { district, sort } = c.req.valid('query')
    const scope = userScope(c.get('user'))
    if (scope && district && !scope.districts.includes(district)) throw new ApiError(403, 'forbidden', 'This district is outside your area')
    let rows: StoreStatsRow[] = (await aggregatesFor(deps.db, c.get('user'), now())).map((a) => a.row)
    if (district) rows = rows.filter((r) => r.district === district)
    if (sort === 'attention') rows.sort((a, b) => b.attention - a.attention)
    return c.json(rows)
  })

  app.get('/stores/:code', pathParams(storeCodeParamSchema), async (c) => {
    const store = await loadStoreInScope(deps.db, c.req.valid('param').code, c.get('user'))
    const m = now()
    const row = (await aggregatesFor(deps.db, c.get('user'), m)).find((a) => a.row.storeCode === store.code)!.row
    return c.json<StoreStatsDetail>({ store: row, weekly: await weeklyFor(deps.db, c.get('user'), m.now, STORE_WEEKS, store.code) })
  })

  app.get('/districts', async (c) =>
    c.json<DistrictStatsRow[]>(districtRows(await aggregatesFor(deps.db, c.get('user'), now()))),
  )

  app.get('/dashboard', async (c) => {
    const m = now()
    const [aggregates, categories, weekly] = await Promise.all([
      aggregatesFor(deps.db, c.get('user'), m),
      listAllCategories(deps.db),
      weeklyFor(deps.db, c.get('user'), m.now, DASHBOARD_WEEKS),
    ])
    return c.json<Dashboard>(buildDashboard(m.now, aggregates, categories, weekly))
  })

  return app
}
