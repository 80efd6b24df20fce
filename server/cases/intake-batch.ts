// Submissions arriving together are stored together (issue 14). Every
// statement is a round trip (through sqlite3's thread pool, or to the
// PostgreSQL server), and one submission stored alone takes about ten; a
// batch of new cases takes about as many for all of them
// (store-new-cases.ts).
//
// A batch closes when the one before it is stored, so nothing waits on a
// timer: with no contention a submission is a batch of one. The next batch
// is started before the last one's submissions are answered: answering
// them is the server thread's work, which the next batch need not wait
// behind. Only submissions that look new take this path. One whose id or
// receipt turns out to be taken (a retry, a forged id), or whose batch
// failed as a whole, comes back `stored: false` and is stored alone by
// submit-feedback.ts, which answers retries and holds what it must;
// nothing of it was written here.
import { ApiError } from '../api-error.ts'
import type { AppDeps } from '../deps.ts'
import { storeNewCases, type IntakeItem, type IntakeOutcome, type Settled } from './store-new-cases.ts'

/** Submissions per batch at most: bounds the wait of the last one and the statements' size. */
const MAX_BATCH = 64

/** Stores batches of new submissions: in the server's thread, or in the intake worker (intake-worker.ts). */
export type IntakeWriter = (items: readonly IntakeItem[]) => Promise<Settled[]>

interface Waiting {
  item: IntakeItem
  resolve: (outcome: IntakeOutcome) => void
  reject: (error: unknown) => void
}

const intakes = new WeakMap<AppDeps, (item: IntakeItem) => Promise<IntakeOutcome>>()

/** Stores a new submission with the others arriving together; rejects with the caller's error (unknown category or store). */
export function intake(deps: AppDeps, item: IntakeItem): Promise<IntakeOutcome> {
  let enqueue = intakes.get(deps)
  if (!enqueue) intakes.set(deps, (enqueue = batcher(deps.intakeWriter ?? ((items) => storeNewCases(deps.db, deps.calendar, items)))))
  return enqueue(item)
}

function batcher(write: IntakeWriter): (item: IntakeItem) => Promise<IntakeOutcome> {
  const waiting: Waiting[] = []
  let busy = false
  const next = () => {
    if (busy || waiting.length === 0) return
    busy = true
    const batch = waiting.splice(0, MAX_BATCH)
    const answer = (settled: Settled, w: Waiting) => {
      if (settled.ok) w.resolve(settled.value)
      else w.reject(new ApiError(settled.error.status, settled.error.code, settled.error.message, settled.error.fields))
    }
    void write(batch.map((w) => w.item)).then(
      (settled) => {
        busy = false
        next()
        batch.forEach((w, i) => answer(settled[i]!, w))
      },
      () => {
        busy = false
        next()
        // Nothing of the batch was written: each is stored alone, where one
        // that cannot be stored fails alone.
        for (const w of batch) w.resolve({ stored: false })
      },
    )
  }
  return (item) =>
    new Promise<IntakeOutcome>((resolve, reject) => {
      waiting.push({ item, resolve, reject })
      next()
    })
}
