// Submissions arriving together are stored together (issue 14). Every
// statement is a round trip (through sqlite3's thread pool, or to the
// PostgreSQL server), and one submission stored alone takes about ten; a
// batch of new cases takes about as many for all of them
// (store-new-cases.ts).
//
// A batch closes when the one before it is stored, so nothing waits on a
// timer: with no contention a submission is a batch of one. Only
// submissions that look new take this path. One whose id or receipt turns
// out to be taken (a retry, a forged id), or whose batch failed as a
// whole, comes back `stored: false` and is stored alone by
// submit-feedback.ts, which answers retries and holds what it must; nothing
// of it was written here.
import { ApiError } from '../api-error.ts'
import type { AppDeps } from '../deps.ts'
import { AGAIN, prepareItem, storeNewCases, type Intake, type IntakeItem, type IntakeOutcome, type PreparedItem, type Settled } from './store-new-cases.ts'

/** Submissions per batch at most: bounds the wait of the last one and the statements' size. */
export const MAX_BATCH = 64

/** An intake that stores its batches with `write`: in the server's thread, or in the intake worker's (intake-worker.ts). */
export function batched(write: (items: readonly PreparedItem[]) => Promise<Settled[]>): Intake {
  const waiting: { item: PreparedItem; settle: (s: Settled) => void }[] = []
  let busy = false
  const next = () => {
    if (busy || waiting.length === 0) return
    busy = true
    const batch = waiting.splice(0, MAX_BATCH)
    void write(batch.map((w) => w.item))
      // Nothing of the batch was written: each is stored alone, where one
      // that cannot be stored fails alone.
      .catch(() => batch.map(() => AGAIN))
      .then((settled) => {
        busy = false
        next()
        batch.forEach((w, i) => w.settle(settled[i]!))
      })
  }
  return (item) =>
    new Promise<Settled>((settle) => {
      // Prepared as it arrives: in the intake worker that is while the batch before it is written.
      waiting.push({ item: prepareItem(item), settle })
      next()
    })
}

const inThread = new WeakMap<AppDeps, Intake>()

/** Stores a new submission with the others arriving together; rejects with the caller's error (unknown category or store). */
export async function intake(deps: AppDeps, item: IntakeItem): Promise<IntakeOutcome> {
  let take = deps.intake ?? inThread.get(deps)
  if (!take) inThread.set(deps, (take = batched((items) => storeNewCases(deps.db, deps.calendar, items))))
  const settled = await take(item)
  if (settled.ok) return settled.value
  const { status, code, message, fields } = settled.error
  throw new ApiError(status, code, message, fields)
}
