// A supervisor's statistics leave out the cases hidden from them (issue 13:
// the per-store numbers showed, moments after it was filed, that a
// misconduct report about a supervisor had arrived at their store). The
// rollups hold everyone's totals; for a supervisor the few hidden cases are
// read one by one and taken off again, so admin and staff still see the
// full totals and the rollups stay the one source. So are the reporters'
// answers on them: a rating at a store showing no case would tell as much.
import type { FeedbackKind } from '../../shared/enums.ts'
import { isOpenProblem, type CaseStatus } from '../../shared/enums.ts'
import { chinaDate, mondayOf } from '../../shared/china-time.ts'
import type { WeeklyPoint } from '../../shared/api-types.ts'
import { MISCONDUCT_CATEGORY } from '../../shared/scope.ts'
import type { User } from '../../shared/user.ts'
import { hidesConflicts, userScope } from '../auth/scope.ts'
import type { Moment } from '../cases/case-summary.ts'
import type { Queryable } from '../db/database.ts'
import { casesHiddenFrom, outcomesHiddenFrom, type HiddenCase, type HiddenOutcome } from '../db/queries/hidden-from.ts'
import { storeRevision } from '../db/queries/store-summary.ts'
import { isBurst } from './burst.ts'
import { closeHoursBucket, histogramMedian } from './close-hours.ts'
import { satisfactionOf } from './satisfaction.ts'
import { attentionScore, pageAggregates, storeAggregates, weeklyTrend, type StoreAggregate } from './store-aggregates.ts'

const daysBetween = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000)

/** What a user's statistics leave out: nothing for the whole-city roles. */
export interface HiddenFromUser {
  cases: readonly HiddenCase[]
  outcomes: readonly HiddenOutcome[]
}

export async function hiddenFrom(db: Queryable, user: User): Promise<HiddenFromUser> {
  if (!hidesConflicts(user)) return { cases: [], outcomes: [] }
  const [cases, outcomes] = await Promise.all([casesHiddenFrom(db, user.id, MISCONDUCT_CATEGORY), outcomesHiddenFrom(db, user.id)])
  return { cases, outcomes }
}

/**
 * One less under `key`; a key taken down to 0 goes, as a store without such
 * cases has none: a `staff_misconduct: 0` would tell the reader a report
 * had been filed.
 */
function takeOne(counts: Record<string, number>, key: string): void {
  const left = (counts[key] ?? 1) - 1
  if (left > 0) counts[key] = left
  else delete counts[key]
}

export function leaveOutHidden(aggregates: StoreAggregate[], hidden: HiddenFromUser, m: Moment): void {
  const byCode = new Map(aggregates.map((a) => [a.row.storeCode ?? '', a]))
  const today = chinaDate(new Date(m.now))
  const touched = new Set<StoreAggregate>()
  const touch = (storeCode: string | null) => {
    const a = byCode.get(storeCode ?? '')
    if (a && !touched.has(a)) {
      // The summaries are parsed once and cached for every reader: change copies.
      touched.add(a)
      a.row.byKind = { ...a.row.byKind }
      a.row.byCategory = { ...a.row.byCategory }
      a.hist = new Map(a.hist)
      a.tally = { ...a.tally }
    }
    return a
  }
  for (const h of hidden.cases) {
    const a = touch(h.storeCode)
    if (!a) continue
    const r = a.row
    const kind = h.kind as FeedbackKind
    r.total--
    takeOne(r.byKind, kind)
    takeOne(r.byCategory, h.categoryId)
    if (isOpenProblem(kind, h.status as CaseStatus)) {
      r.open--
      if (h.dueAt < m.now) r.overdue--
      else if (h.dueAt <= m.soonEnd) r.dueSoon--
      if (h.status === 'new' && h.receivedAt < m.ackCutoff) r.ackOverdue--
    }
    if (h.status === 'closed' && h.closedAt) {
      const bucket = closeHoursBucket(h.receivedAt, h.closedAt)
      const n = a.hist.get(bucket) ?? 0
      if (n > 1) a.hist.set(bucket, n - 1)
      else a.hist.delete(bucket)
    }
    const ago = daysBetween(chinaDate(h.receivedAt), today)
    if (ago === 0) a.today--
    if (ago >= 0 && ago < 7) r.last7--
    if (ago >= 0 && ago < 30) r.last30--
    if (ago >= 0 && ago < 90) r.last90--
    if (ago >= 1 && ago <= 28) a.prior28--
  }
  for (const o of hidden.outcomes) {
    const t = touch(o.storeCode)?.tally
    if (!t) continue
    if (o.type === 'reporter_confirmed') t.fixed--
    else if (o.type === 'reporter_reopened') t.notFixed--
    else t.autoClosed--
    const { rating } = JSON.parse(o.data) as { rating?: number }
    if (rating !== undefined) {
      t.ratingSum -= rating
      t.ratingCount--
    }
  }
  for (const a of touched) {
    Object.assign(a.row, satisfactionOf(a.tally))
    a.row.medianCloseHours = histogramMedian(a.hist)
    a.row.burst = a.row.storeCode !== null && isBurst(a.today, a.prior28)
    a.row.attention = attentionScore(a.row)
  }
}

/** The weekly submissions without the hidden cases of the stores shown (all of them, or one). */
export function leaveOutOfWeekly(points: WeeklyPoint[], hidden: readonly HiddenCase[], inView: (storeCode: string | null) => boolean): void {
  for (const h of hidden) {
    if (!inView(h.storeCode)) continue
    const week = mondayOf(chinaDate(h.receivedAt))
    const point = points.find((p) => p.week === week)
    if (point && point.count > 0) point.count--
  }
}


/** The per-store aggregates as this user may see them. */
export async function aggregatesFor(db: Queryable, user: User, m: Moment): Promise<StoreAggregate[]> {
  const aggregates = await storeAggregates(db, m, userScope(user))
  leaveOutHidden(aggregates, await hiddenFrom(db, user), m)
  return aggregates
}

/** One registered store's aggregate as this user may see it: only that store's summary and cases are read. */
export async function storeAggregateFor(db: Queryable, user: User, m: Moment, code: string): Promise<StoreAggregate | undefined> {
  const store = await storeRevision(db, code)
  if (!store) return undefined
  const aggregates = await pageAggregates(db, m, [store])
  leaveOutHidden(aggregates, await hiddenFrom(db, user), m)
  return aggregates[0]
}

/** The weekly trend as this user may see it (one store's, or the whole scope's). */
export async function weeklyFor(db: Queryable, user: User, now: string, weeks: number, storeCode?: string): Promise<WeeklyPoint[]> {
  const scope = userScope(user)
  const points = await weeklyTrend(db, now, weeks, scope, storeCode)
  if (hidesConflicts(user)) {
    const inView = async () => {
      const codes = new Set((await storeAggregates(db, { now, soonEnd: now, ackCutoff: now }, scope)).map((a) => a.row.storeCode))
      return (code: string | null) => (storeCode === undefined ? codes.has(code) : code === storeCode)
    }
    leaveOutOfWeekly(points, await casesHiddenFrom(db, user.id, MISCONDUCT_CATEGORY), await inView())
  }
  return points
}
