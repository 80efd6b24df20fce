// Per-store rows for the store table, the districts and the dashboard, put
// together from the counters and rollups (see db/queries/stats.ts).
//
// Conflict-of-interest cases are counted in a supervisor's aggregates: the
// numbers carry no text or personal data, and leaving them out would make a
// supervisor's totals disagree with the centre's for the same store.
import type { StoreStatsRow, WeeklyPoint } from '../../shared/api-types.ts'
import { chinaDate } from '../../shared/working-days.ts'
import type { Scope } from '../auth/scope.ts'
import type { Moment } from '../cases/case-summary.ts'
import type { Queryable } from '../db/database.ts'
import { closeHours, counters, dailyTotals, deadlinesByStore, storesInScope, unacknowledgedByStore, windowsByStore } from '../db/queries/stats.ts'
import { isBurst } from './burst.ts'
import { histogramMedian } from './close-hours.ts'
import { addDays, mondayOf } from './day-math.ts'

export interface StoreAggregate {
  row: StoreStatsRow
  /** Time-to-close histogram (hours bucket → cases). */
  hist: Map<number, number>
  today: number
  prior28: number
}

/** Higher = look first: overdue weighs most, then a burst, then what is due soon, then what is open. */
function attentionScore(r: Pick<StoreStatsRow, 'overdue' | 'dueSoon' | 'open' | 'burst'>): number {
  return r.overdue * 10 + (r.burst ? 20 : 0) + r.dueSoon * 3 + r.open
}

export async function storeAggregates(db: Queryable, m: Moment, scope: Scope | undefined): Promise<StoreAggregate[]> {
  const today = chinaDate(new Date(m.now))
  const [stores, counts, deadlines, windows, hours, unacknowledged] = await Promise.all([
    storesInScope(db, scope),
    counters(db),
    deadlinesByStore(db, m.now, m.soonEnd),
    windowsByStore(db, {
      today,
      since7: addDays(today, -6),
      since28: addDays(today, -28),
      since30: addDays(today, -29),
      since90: addDays(today, -89),
    }),
    closeHours(db),
    unacknowledgedByStore(db, m.ackCutoff),
  ])
  const byCode = new Map<string, StoreAggregate>()
  const blank = (storeCode: string | null, name: string | null, district: string | null): StoreAggregate => ({
    row: {
      storeCode, name, district, total: 0, open: 0, overdue: 0, byKind: {}, byCategory: {},
      dueSoon: 0, ackOverdue: 0, medianCloseHours: null, last7: 0, last30: 0, last90: 0, burst: false, attention: 0,
    },
    hist: new Map(),
    today: 0,
    prior28: 0,
  })
  for (const s of stores) byCode.set(s.code, blank(s.code, s.name, s.district))
  // Cases without a store belong to no district: only the whole-city view shows them.
  if (!scope) byCode.set('', blank(null, null, null))

  for (const c of counts) {
    const s = byCode.get(c.storeCode)?.row
    if (!s) continue
    s.total += c.n
    if (c.isOpen) s.open += c.n
    s.byKind[c.kind] = (s.byKind[c.kind] ?? 0) + c.n
    s.byCategory[c.categoryId] = (s.byCategory[c.categoryId] ?? 0) + c.n
  }
  for (const d of deadlines) {
    const s = byCode.get(d.storeCode ?? '')?.row
    if (!s) continue
    s.overdue = d.overdue
    s.dueSoon = d.dueSoon
  }
  for (const u of unacknowledged) {
    const s = byCode.get(u.storeCode ?? '')?.row
    if (s) s.ackOverdue = u.n
  }
  for (const w of windows) {
    const a = byCode.get(w.storeCode)
    if (!a) continue
    Object.assign(a.row, { last7: w.last7, last30: w.last30, last90: w.last90 })
    a.today = w.today
    a.prior28 = w.prior28
    a.row.burst = a.row.storeCode !== null && isBurst(w.today, w.prior28)
  }
  for (const h of hours) byCode.get(h.storeCode)?.hist.set(h.hours, h.n)
  for (const a of byCode.values()) {
    a.row.medianCloseHours = histogramMedian(a.hist)
    a.row.attention = attentionScore(a.row)
  }
  return [...byCode.values()]
}

/** Submissions per week (Monday China date) over the last `weeks` weeks, oldest first, empty weeks included. */
export async function weeklyTrend(db: Queryable, now: string, weeks: number, scope: Scope | undefined, storeCode?: string): Promise<WeeklyPoint[]> {
  const thisMonday = mondayOf(chinaDate(new Date(now)))
  const first = addDays(thisMonday, -7 * (weeks - 1))
  const points = Array.from({ length: weeks }, (_, i) => ({ week: addDays(first, 7 * i), count: 0 }))
  for (const d of await dailyTotals(db, first, scope, storeCode)) {
    const point = points.find((p) => p.week === mondayOf(d.day))
    if (point) point.count += d.n
  }
  return points
}
