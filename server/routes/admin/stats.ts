// Aggregates only (counts, no case text or personal data), so every role may
// read them, within its scope.
import { Hono } from 'hono'
import type { Dashboard, DistrictStatsRow, Page, StoreStatsDetail, StoreStatsRow } from '../../../shared/api-types.ts'
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
import { dashboardFor, districtRowsFor } from '../../stats/dashboard-for.ts'
import { storeAggregateFor, weeklyFor } from '../../stats/leave-out-hidden.ts'
import { storeTable } from '../../stats/store-table.ts'

const DASHBOARD_WEEKS = 12
const STORE_WEEKS = 26

export function adminStatsRoutes(deps: AppDeps) {
  const app = new Hono<AppEnv>()
  const now = () => moment(deps.clock.now(), deps.calendar.get())

  app.get('/stores', queryParams(statsStoresQuerySchema), async (c) => {
    const query = c.req.valid('query')
    const scope = userScope(c.get('user'))
    const user = c.get('user')
    if (scope && query.district && !scope.districts.includes(query.district)) {
      throw new ApiError(403, 'forbidden', 'This district is outside your area')
    }
    // Visits are case workers' data: a viewer's list has no "not visited" order.
    if (query.sort === 'unvisited' && user.role === 'viewer') throw new ApiError(403, 'forbidden', 'Visits are not shown to viewers')
    return c.json<Page<StoreStatsRow>>(await storeTable(deps.db, user, now(), query))
  })

  app.get('/stores/:code', pathParams(storeCodeParamSchema), async (c) => {
    const store = await loadStoreInScope(deps.db, c.req.valid('param').code, c.get('user'))
    const m = now()
    // Only this store is read: at province size the whole city would take seconds.
    const row = (await storeAggregateFor(deps.db, c.get('user'), m, store.code))!.row
    return c.json<StoreStatsDetail>({ store: row, weekly: await weeklyFor(deps.db, c.get('user'), m.now, STORE_WEEKS, store.code) })
  })

  app.get('/districts', async (c) => c.json<DistrictStatsRow[]>(await districtRowsFor(deps.db, c.get('user'), now())))

  app.get('/dashboard', async (c) =>
    c.json<Dashboard>(await dashboardFor(deps.db, c.get('user'), now(), await listAllCategories(deps.db), DASHBOARD_WEEKS)),
  )

  return app
}
