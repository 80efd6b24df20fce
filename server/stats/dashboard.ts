// The dashboard: the city (or a supervisor's area) summed from the store rows.
import type { Dashboard, Label, WeeklyPoint } from '../../shared/api-types.ts'
import { chinaDate } from '../../shared/china-time.ts'
import { burstBaseline } from './burst.ts'
import { histogramMedian, mergeHistogram } from './close-hours.ts'
import { addTally, emptyTally, satisfactionOf } from './satisfaction.ts'
import type { StoreAggregate } from './store-aggregates.ts'

export function buildDashboard(
  now: string,
  aggregates: readonly StoreAggregate[],
  categories: readonly { id: string; label: Label }[],
  weekly: WeeklyPoint[],
): Dashboard {
  const today = chinaDate(new Date(now))
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
    ...satisfactionOf(emptyTally()),
  }
  const tally = emptyTally()
  for (const { row, hist: h, today: count, prior28, tally: t } of aggregates) {
    addTally(tally, t)
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
  Object.assign(dash, satisfactionOf(tally))
  dash.byDistrict = [...districts.values()]
  dash.byCategory = categories
    .filter((cat) => byCategory.has(cat.id))
    .map((cat) => ({ categoryId: cat.id, label: cat.label, count: byCategory.get(cat.id)! }))
  return dash
}
