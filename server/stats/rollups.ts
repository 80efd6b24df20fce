// The numbers kept beside the cases table: feedback_daily (submissions per
// store, day, kind and category), store_summary (every number of a
// store's row, see store-summary.ts) and district_counts (the same summed
// per district, see district-rollup.ts). Every write that adds a case or moves
// its status calls here inside its own transaction, so the numbers never
// drift from the cases and no reader has to scan them.
import { isOpenProblem, type CaseStatus, type FeedbackKind } from '../../shared/enums.ts'
import { chinaDate } from '../../shared/china-time.ts'
import type { Queryable } from '../db/database.ts'
import { addDailySubmissions } from '../db/queries/feedback-daily.ts'
import { sideBySide } from '../db/side-by-side.ts'
import { changeDeadline } from '../db/queries/store-summary.ts'
import { closeHoursBucket } from './close-hours.ts'
import { countIntoDistrict, countIntoDistricts } from './district-rollup.ts'
import { changeStoreSummaries, countSubmission } from './store-summary.ts'

interface CountedCase {
  storeCode: string | null
  kind: FeedbackKind
  categoryId: string
  receivedAt: string
  dueAt: string
}

/** The UTC date of a due instant: open problems are counted per district by it (see overdueByDistrict). */
const dueDay = (dueAt: string) => dueAt.slice(0, 10)

/**
 * Counts cases just stored (status `new`), in one statement per table
 * however many (issue 14: submissions arriving together are counted together).
 */
export async function countNewCases(tx: Queryable, cases: readonly CountedCase[]): Promise<void> {
  const counted = cases.map((c) => ({ ...c, day: chinaDate(new Date(c.receivedAt)), open: Number(isOpenProblem(c.kind, 'new')) }))
  if (counted.length === 0) return
  // Three tables, none read by another's statement: side by side.
  await sideBySide([
    addDailySubmissions(
      tx,
      counted.map((c) => ({ storeCode: c.storeCode ?? '', day: c.day, kind: c.kind, categoryId: c.categoryId })),
    ),
    changeStoreSummaries(
      tx,
      counted.map((c) => ({
        storeCode: c.storeCode,
        change: (s) => countSubmission(s, c.categoryId, c.day, c.open === 1),
        keys: { dueAt: c.dueAt, open: c.open, day: c.day, received: 1 },
      })),
    ),
    countIntoDistricts(
      tx,
      counted.flatMap((c) =>
        [
          { kind: 'total', item: '', n: 1 },
          { kind: 'open', item: '', n: c.open },
          { kind: 'category', item: c.categoryId, n: 1 },
          { kind: 'day', item: c.day, n: 1 },
          { kind: 'due', item: dueDay(c.dueAt), n: c.open },
        ].map((d) => ({ ...d, storeCode: c.storeCode })),
      ),
    ),
  ])
}

/** Moves a case's counts from one status to another, `at` being the instant of the change. */
export async function countStatusChange(tx: Queryable, c: CountedCase, from: CaseStatus, to: CaseStatus, at: string): Promise<void> {
  const openDelta = Number(isOpenProblem(c.kind, to)) - Number(isOpenProblem(c.kind, from))
  // `closed` is final, so a case is counted into the histogram once.
  const bucket = to === 'closed' ? closeHoursBucket(c.receivedAt, at) : undefined
  if (openDelta === 0 && bucket === undefined) return
  await changeStoreSummaries(tx, [
    {
      storeCode: c.storeCode,
      change: (s) => {
        s.open += openDelta
        if (bucket !== undefined) s.closeHours[bucket] = (s.closeHours[bucket] ?? 0) + 1
      },
      keys: { dueAt: c.dueAt, open: openDelta, day: '', received: 0 },
    },
  ])
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
