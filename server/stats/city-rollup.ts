// The whole city's dashboard and districts view from the district rollup
// (district-rollup.ts) instead of every store's aggregate: a few hundred
// rollup rows, the counts of open and unacknowledged cases through their
// partial indexes, and the summaries of the few stores busy enough today to
// burst. The numbers are the ones the per-store path (dashboard.ts,
// district-rows.ts) sums; a supervisor's view, which is small and leaves
// out hidden cases, keeps that path.
import type { Dashboard, DistrictStatsRow, Label } from '../../shared/api-types.ts'
import { chinaDate } from '../../shared/china-time.ts'
import type { Moment } from '../cases/case-summary.ts'
import type { Queryable } from '../db/database.ts'
import {
  busyStores,
  cityDays,
  cityDeadlines,
  cityUnacknowledged,
  districtCounts,
  dueBeforeByDistrict,
  dueBetweenByDistrict,
  storeDistricts,
} from '../db/queries/district-counts.ts'
import { categoryKinds } from '../db/queries/stats.ts'
import { storeSummaries } from '../db/queries/store-summary.ts'
import { BURST_MIN, burstBaseline, isBurst } from './burst.ts'
import { histogramMedian, mergeHistogram } from './close-hours.ts'
import { addTally, emptyTally, satisfactionOf, type ConfirmationTally } from './satisfaction.ts'
import { weeklyPoints } from './store-aggregates.ts'
import { parseSummary, recentSubmissions } from './store-summary.ts'
import { kindCounts } from './summary-reader.ts'

interface Totals {
  total: number
  open: number
  byCategory: Map<string, number>
  hist: Map<number, number>
  tally: ConfirmationTally
}

const TALLY_KINDS = new Set<string>(['fixed', 'notFixed', 'autoClosed', 'ratingSum', 'ratingCount'])
const TOTAL_KINDS = ['total', 'open', 'category', 'hours', ...TALLY_KINDS]
const emptyTotals = (): Totals => ({ total: 0, open: 0, byCategory: new Map(), hist: new Map(), tally: emptyTally() })

/** The rollup per district ('' for cases without a store), shards summed. */
async function districtTotals(db: Queryable): Promise<Map<string, Totals>> {
  const byDistrict = new Map<string, Totals>()
  for (const { kind, item, district, n } of await districtCounts(db, TOTAL_KINDS)) {
    // A store moving away leaves zeros behind; the per-store sums never hold a zero.
    if (n === 0) continue
    let t = byDistrict.get(district)
    if (!t) byDistrict.set(district, (t = emptyTotals()))
    if (kind === 'total') t.total += n
    else if (kind === 'open') t.open += n
    else if (kind === 'category') t.byCategory.set(item, (t.byCategory.get(item) ?? 0) + n)
    else if (kind === 'hours') t.hist.set(Number(item), (t.hist.get(Number(item)) ?? 0) + n)
    else if (TALLY_KINDS.has(kind)) t.tally[kind as keyof ConfirmationTally] += n
  }
  return byDistrict
}

/**
 * Overdue open problems per district: those due on an earlier UTC date from
 * the rollup's due dates, those due earlier today from the cases.
 */
async function overdueByDistrict(db: Queryable, now: string): Promise<Map<string, number>> {
  const today = now.slice(0, 10)
  const [before, earlierToday] = await Promise.all([dueBeforeByDistrict(db, today), dueBetweenByDistrict(db, today, now)])
  const overdue = new Map<string, number>()
  for (const { district, n } of [...before, ...earlierToday]) overdue.set(district, (overdue.get(district) ?? 0) + n)
  return overdue
}

/** Today's bursts, in registry order: only stores with at least BURST_MIN submissions today can burst. */
async function cityBursts(db: Queryable, today: string): Promise<Dashboard['bursts']> {
  const busy = await busyStores(db, today, BURST_MIN)
  const summaries = new Map((await storeSummaries(db, busy.map((s) => s.storeCode))).map((r) => [r.storeCode, parseSummary(r)]))
  const bursts: Dashboard['bursts'] = []
  for (const store of busy) {
    const summary = summaries.get(store.storeCode)
    if (!summary) continue
    const recent = recentSubmissions(summary, today)
    if (isBurst(recent.today, recent.prior28)) {
      bursts.push({ storeCode: store.storeCode, name: store.name, date: today, count: recent.today, baseline: burstBaseline(recent.prior28) })
    }
  }
  return bursts
}

export async function cityDashboard(
  db: Queryable,
  m: Moment,
  categories: readonly { id: string; label: Label }[],
  weeks: number,
): Promise<Dashboard> {
  const today = chinaDate(new Date(m.now))
  const [totals, districts, overdue, deadlines, ackOverdue, weekly, bursts] = await Promise.all([
    districtTotals(db),
    storeDistricts(db),
    overdueByDistrict(db, m.now),
    cityDeadlines(db, m.now, m.soonEnd),
    cityUnacknowledged(db, m.ackCutoff),
    weeklyPoints(m.now, weeks, (first) => cityDays(db, first)),
    cityBursts(db, today),
  ])
  const city = emptyTotals()
  for (const t of totals.values()) {
    city.open += t.open
    mergeHistogram(city.hist, t.hist)
    addTally(city.tally, t.tally)
    for (const [id, n] of t.byCategory) city.byCategory.set(id, (city.byCategory.get(id) ?? 0) + n)
  }
  return {
    // The last point of the trend is the current week.
    newThisWeek: weekly.at(-1)?.count ?? 0,
    open: city.open,
    overdue: deadlines.overdue,
    dueSoon: deadlines.dueSoon,
    ackOverdue,
    medianCloseHours: histogramMedian(city.hist),
    byDistrict: districts.map((district) => {
      const t = totals.get(district)
      return { district, total: t?.total ?? 0, open: t?.open ?? 0, overdue: overdue.get(district) ?? 0 }
    }),
    byCategory: categories
      .filter((cat) => (city.byCategory.get(cat.id) ?? 0) > 0)
      .map((cat) => ({ categoryId: cat.id, label: cat.label, count: city.byCategory.get(cat.id)! })),
    weekly,
    bursts,
    ...satisfactionOf(city.tally),
  }
}

export async function cityDistrictRows(db: Queryable, m: Moment): Promise<DistrictStatsRow[]> {
  const [totals, districts, overdue, kinds] = await Promise.all([districtTotals(db), storeDistricts(db), overdueByDistrict(db, m.now), categoryKinds(db)])
  return districts.map((district) => {
    const t = totals.get(district) ?? emptyTotals()
    return {
      district,
      total: t.total,
      open: t.open,
      overdue: overdue.get(district) ?? 0,
      byKind: kindCounts(t.byCategory, kinds),
      medianCloseHours: histogramMedian(t.hist),
      ...satisfactionOf(t.tally),
    }
  })
}
