// The numbers kept beside the cases table: feedback_daily (submissions per
// store, day, kind and category), store_summary (every number of a
// store's row, see store-summary.ts) and district_counts (the same summed
// per district, see district-rollup.ts). Every write that adds a case or moves
// its status calls here inside its own transaction, so the numbers never
// drift from the cases and no reader has to scan them.
import { isOpenProblem, type CaseStatus, type FeedbackKind } from '../../shared/enums.ts'
import { chinaDate } from '../../shared/china-time.ts'
import type { Queryable } from '../db/database.ts'
import { addDailySubmission } from '../db/queries/feedback-daily.ts'
import { changeDeadline } from '../db/queries/store-summary.ts'
import { closeHoursBucket } from './close-hours.ts'
import { countIntoDistrict } from './district-rollup.ts'
import { changeStoreSummary, countSubmission } from './store-summary.ts'

interface CountedCase {
  storeCode: string | null
  kind: FeedbackKind
  categoryId: string
  receivedAt: string
  dueAt: string
}

/** The UTC date of a due instant: open problems are counted per district by it (see overdueByDistrict). */
const dueDay = (dueAt: string) => dueAt.slice(0, 10)

/** Counts a case just stored (status `new`). */
export async function countNewCase(tx: Queryable, c: CountedCase): Promise<void> {
  const day = chinaDate(new Date(c.receivedAt))
  await addDailySubmission(tx, { storeCode: c.storeCode ?? '', day, kind: c.kind, categoryId: c.categoryId })
  const open = isOpenProblem(c.kind, 'new')
  await changeStoreSummary(tx, c.storeCode, (s) => countSubmission(s, c.categoryId, day, open), {
    dueAt: c.dueAt,
    open: Number(open),
    day,
    received: 1,
  })
  await countIntoDistrict(tx, c.storeCode, [
    { kind: 'total', item: '', n: 1 },
    { kind: 'open', item: '', n: Number(open) },
    { kind: 'category', item: c.categoryId, n: 1 },
    { kind: 'day', item: day, n: 1 },
    { kind: 'due', item: dueDay(c.dueAt), n: Number(open) },
  ])
}

/** Moves a case's counts from one status to another, `at` being the instant of the change. */
export async function countStatusChange(tx: Queryable, c: CountedCase, from: CaseStatus, to: CaseStatus, at: string): Promise<void> {
  const openDelta = Number(isOpenProblem(c.kind, to)) - Number(isOpenProblem(c.kind, from))
  // `closed` is final, so a case is counted into the histogram once.
  const bucket = to === 'closed' ? closeHoursBucket(c.receivedAt, at) : undefined
  if (openDelta === 0 && bucket === undefined) return
  await changeStoreSummary(
    tx,
    c.storeCode,
    (s) => {
      s.open += openDelta
      if (bucket !== undefined) s.closeHours[bucket] = (s.closeHours[bucket] ?? 0) + 1
    },
    { dueAt: c.dueAt, open: openDelta, day: '', received: 0 },
  )
  await countIntoDistrict(tx, c.storeCode, [
    { kind: 'open', item: '', n: openDelta },
    { kind: 'due', item: dueDay(c.dueAt), n: openDelta },
    ...(bucket === undefined ? [] : [{ kind: 'hours', item: String(bucket), n: 1 }]),
  ])
}

/**
 * Moves an open problem from its old due date to its new one (a staff change
 * of the deadline): in its store's sort keys, and in its district's open
 * problems per due date.
 */
export async function countDueChange(tx: Queryable, c: CountedCase, status: CaseStatus, newDueAt: string): Promise<void> {
  if (!isOpenProblem(c.kind, status) || newDueAt === c.dueAt) return
  await changeDeadline(tx, c.storeCode, c.dueAt, newDueAt)
  if (dueDay(newDueAt) === dueDay(c.dueAt)) return
  await countIntoDistrict(tx, c.storeCode, [
    { kind: 'due', item: dueDay(c.dueAt), n: -1 },
    { kind: 'due', item: dueDay(newDueAt), n: 1 },
  ])
}
