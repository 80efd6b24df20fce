// Aggregates only (counts, no case text or personal data), so every role may
// read them, within its scope.
import { Hono } from 'hono'
import * as v from 'valibot'
import type { Dashboard, DistrictStatsRow, StoreStatsDetail, StoreStatsRow } from '../../../shared/api-types.ts'
import { chinaDate } from '../../../shared/working-days.ts'
import { ApiError } from '../../api-error.ts'
import { storeInScope, userScope } from '../../auth/scope.ts'
import { moment } from '../../cases/case-summary.ts'
import { listAllCategories } from '../../db/queries/categories.ts'
import { getStore } from '../../db/queries/stores.ts'
import type { AppDeps, AppEnv } from '../../deps.ts'
import { queryParams } from '../../middleware/query-params.ts'
import { burstBaseline } from '../../stats/burst.ts'
import { histogramMedian, mergeHistogram } from '../../stats/close-hours.ts'
import { storeAggregates, weeklyTrend } from '../../stats/store-aggregates.ts'

const DASHBOARD_WEEKS = 12
const STORE_WEEKS = 26

const storesQuery = v.object({
  district: v.optional(v.pipe(v.string(), v.maxLength(40, 'too_long'))),
  sort: v.optional(v.picklist(['district', 'attention'], 'invalid')),
})

export function adminStatsRoutes(deps: AppDeps) {
  const app = new Hono<AppEnv>()
  const now = () => moment(deps.clock.now(), deps.calendar.get())

  app.get('/stores', queryParams(storesQuery), async (c) => {
    const { district, sort } = c.req.valid('query')
    const scope = userScope(c.get('user'))
    if (scope && district && !scope.districts.includes(district)) throw new ApiError(403, 'forbidden', 'This district is outside your area')
    let rows: StoreStatsRow[] = (await storeAggregates(deps.db, now(), scope)).map((a) => a.row)
    if (district) rows = rows.filter((r) => r.district === district)
    if (sort === 'attention') rows.sort((a, b) => b.attention - a.attention)
    return c.json(rows)
  })

  app.get('/stores/:code', async (c) => {
    const store = await getStore(deps.db, c.req.param('code'))
    if (!store) throw new ApiError(404, 'store_not_found', 'No store has this station code')
    const scope = userScope(c.get('user'))
    if (!storeInScope(scope, store)) throw new ApiError(403, 'forbidden', 'This store is outside your area')
    const m = now()
    const row = (await storeAggregates(deps.db, m, scope)).find((a) => a.row.storeCode === store.code)!.row
    return c.json<StoreStatsDetail>({ store: row, weekly: await weeklyTrend(deps.db, m.now, STORE_WEEKS, scope, store.code) })
  })

  app.get('/districts', async (c) => {
    const byDistrict = new Map<string, { row: DistrictStatsRow; hist: Map<number, number> }>()
    for (const a of await storeAggregates(deps.db, now(), userScope(c.get('user')))) {
      const { district } = a.row
      if (district === null) continue
      let d = byDistrict.get(district)
      if (!d) {
        d = { row: { district, total: 0, open: 0, overdue: 0, byKind: {}, medianCloseHours: null }, hist: new Map() }
        byDistrict.set(district, d)
      }
      d.row.total += a.row.total
      d.row.open += a.row.open
      d.row.overdue += a.row.overdue
      for (const [kind, n] of Object.entries(a.row.byKind) as [keyof DistrictStatsRow['byKind'], number][]) {
        d.row.byKind[kind] = (d.row.byKind[kind] ?? 0) + n
      }
      mergeHistogram(d.hist, a.hist)
    }
    return c.json([...byDistrict.values()].map((d) => ({ ...d.row, medianCloseHours: histogramMedian(d.hist) })))
  })

  app.get('/dashboard', async (c) => {
    const m = now()
    const scope = userScope(c.get('user'))
    const [aggregates, categories, weekly] = await Promise.all([
      storeAggregates(deps.db, m, scope),
      listAllCategories(deps.db),
      weeklyTrend(deps.db, m.now, DASHBOARD_WEEKS, scope),
    ])
    const today = chinaDate(new Date(m.now))
    const hist = new Map<number, number>()
    const districts = new Map<string, Dashboard['byDistrict'][number]>()
    const byCategory = new Map<string, number>()
    const dash: Dashboard = {
      // The last point of the trend is the current week.
      newThisWeek: weekly.at(-1)?.count ?? 0,
      open: 0,
      overdue: 0,
      dueSoon: 0,
      ackOverdue: 0,
      medianCloseHours: null,
      byDistrict: [],
      byCategory: [],
      weekly,
      bursts: [],
    }
    for (const { row, hist: h, today: count, prior28 } of aggregates) {
      dash.open += row.open
      dash.overdue += row.overdue
      dash.dueSoon += row.dueSoon
      dash.ackOverdue += row.ackOverdue
      mergeHistogram(hist, h)
      for (const [id, n] of Object.entries(row.byCategory)) byCategory.set(id, (byCategory.get(id) ?? 0) + n)
      if (row.district !== null) {
        const d = districts.get(row.district) ?? { district: row.district, total: 0, open: 0, overdue: 0 }
        d.total += row.total
        d.open += row.open
        d.overdue += row.overdue
        districts.set(row.district, d)
      }
      if (row.burst && row.storeCode && row.name) {
        dash.bursts.push({ storeCode: row.storeCode, name: row.name, date: today, count, baseline: burstBaseline(prior28) })
      }
    }
    dash.medianCloseHours = histogramMedian(hist)
    dash.byDistrict = [...districts.values()]
    dash.byCategory = categories
      .filter((cat) => byCategory.has(cat.id))
      .map((cat) => ({ categoryId: cat.id, label: cat.label, count: byCategory.get(cat.id)! }))
    return c.json(dash)
  })

  return app
}
