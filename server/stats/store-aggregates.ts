// Per-store rows for the store table, the districts and the dashboard, put
// together from the per-store read model (store-summary.ts) and the partial
// indexes of open and unacknowledged cases.
//
// These are everyone's totals: a supervisor's are then taken the cases
// hidden from them off again (leave-out-hidden.ts).
import type { StoreStatsRow, WeeklyPoint } from '../../shared/api-types.ts'
import { addDays, chinaDate, mondayOf } from '../../shared/china-time.ts'
import type { Scope } from '../../shared/scope.ts'
import type { Moment } from '../cases/case-summary.ts'
import type { Queryable } from '../db/database.ts'
import { categoryKinds, dailyTotals, deadlinesByStore, unacknowledgedByStore } from '../db/queries/stats.ts'
import { storeRevisionsInScope, type StoreRevision } from '../db/queries/store-summary.ts'
import { isBurst } from './burst.ts'
import { emptyTally, satisfactionOf, tallies, type ConfirmationTally } from './satisfaction.ts'
import { recentSubmissions } from './store-summary.ts'
import { readSummaries } from './summary-reader.ts'

export interface StoreAggregate {
  row: StoreStatsRow
  /** Time-to-close histogram (hours bucket → cases). */
  hist: Map<number, number>
  today: number
  prior28: number
  /** The reporters' answers to "问题解决了吗？". */
  tally: ConfirmationTally
}

/** Higher = look first: overdue weighs most, then a burst, then what is due soon, then what is open. */
export function attentionScore(r: Pick<StoreStatsRow, 'overdue' | 'dueSoon' | 'open' | 'burst'>): number {
  return r.overdue * 10 + (r.burst ? 20 : 0) + r.dueSoon * 3 + r.open
}

export async function storeAggregates(db: Queryable, m: Moment, scope: Scope | undefined): Promise<StoreAggregate[]> {
  return aggregatesOf(db, m, storeRevisionsInScope(db, scope))
}

/** The aggregates of one page of stores, in its order: only these stores' cases and summaries are read. */
export async function pageAggregates(db: Queryable, m: Moment, stores: StoreRevision[]): Promise<StoreAggregate[]> {
  return aggregatesOf(db, m, Promise.resolve(stores), stores.map((s) => s.storeCode))
}

async function aggregatesOf(db: Queryable, m: Moment, storeList: Promise<StoreRevision[]>, codes?: readonly string[]): Promise<StoreAggregate[]> {
  const today = chinaDate(new Date(m.now))
  const [kinds, stores, deadlines, unacknowledged, answers] = await Promise.all([
    categoryKinds(db),
    storeList,
    deadlinesByStore(db, m.now, m.soonEnd, codes),
    unacknowledgedByStore(db, m.ackCutoff, codes),
    tallies(db, codes),
  ])
  const views = await readSummaries(db, stores, kinds)
  const byCode = new Map<string, StoreAggregate>()
  for (const store of stores) {
    const { summary: s, byKind, hist, medianCloseHours } = views.get(store.storeCode)!
    const recent = recentSubmissions(s, today)
    const tally = answers.get(store.storeCode) ?? emptyTally()
    byCode.set(store.storeCode, {
      row: {
        // Cases without a store belong to no district: only the whole-city view has their row.
        storeCode: store.storeCode === '' ? null : store.storeCode,
        name: store.name,
        district: store.district,
        total: s.total,
        open: s.open,
        overdue: 0,
        byKind,
        byCategory: s.byCategory,
        dueSoon: 0,
        ackOverdue: 0,
        medianCloseHours,
        last7: recent.last7,
        last30: recent.last30,
        last90: recent.last90,
        burst: store.storeCode !== '' && isBurst(recent.today, recent.prior28),
        attention: 0,
        ...satisfactionOf(tally),
      },
      hist,
      today: recent.today,
      prior28: recent.prior28,
      tally,
    })
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
  for (const a of byCode.values()) a.row.attention = attentionScore(a.row)
  return [...byCode.values()]
}

/** Submissions per week (Monday China date) over the last `weeks` weeks, oldest first, empty weeks included. */
export async function weeklyTrend(db: Queryable, now: string, weeks: number, scope: Scope | undefined, storeCode?: string): Promise<WeeklyPoint[]> {
  return weeklyPoints(now, weeks, (first) => dailyTotals(db, first, scope, storeCode))
}

/**
 * The last `weeks` weeks up to `now` (Monday China dates), oldest first,
 * empty weeks included, each summing the day counts `days` reads from the
 * first of them on.
 */
export async function weeklyPoints(
  now: string,
  weeks: number,
  days: (first: string) => Promise<readonly { day: string; n: number }[]>,
): Promise<WeeklyPoint[]> {
  const first = addDays(mondayOf(chinaDate(new Date(now))), -7 * (weeks - 1))
  const points = Array.from({ length: weeks }, (_, i) => ({ week: addDays(first, 7 * i), count: 0 }))
  const byWeek = new Map(points.map((p) => [p.week, p]))
  for (const d of await days(first)) {
    const point = byWeek.get(mondayOf(d.day))
    if (point) point.count += d.n
  }
  return points
}
