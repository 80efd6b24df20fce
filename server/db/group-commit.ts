// Group commit (issue 14): writes that arrive while the writer is busy are
// written together, in one transaction, and each is answered only once that
// transaction has committed. With synchronous=FULL a commit costs one fsync;
// a hundred submissions waiting behind one commit then share the next one
// instead of queueing for a hundred.
//
// A batch closes when its transaction begins, so nothing waits on a timer:
// with no contention a write is a batch of one, committed at once. A write
// that fails (a reused id, a constraint) is undone alone and the others
// still commit.
//
// Every statement of the writer is a round trip through the driver's thread
// pool and back through the event loop, which under load is busy with the
// other requests: those trips, not the commit, set the write rate (a
// profile at 64 connections: 50 ms of writes per batch of 30, 4 ms of
// commit). So a batch is first written optimistically: its writes all
// start at once, without savepoints, and the driver runs their statements
// one after another on the one connection while the event loop waits for
// them together. Writes of one batch therefore see each other's rows in no
// set order: each statement must be right whatever ran before it (an
// INSERT … ON CONFLICT, an UPDATE … SET n = n + 1), and a write that reads
// a row, changes it in JavaScript and writes it back takes its turn
// (tx-turn.ts). Only when one of them fails is that transaction rolled
// back and the batch written again in order, each write in its own
// SAVEPOINT, so that the failing one is undone alone and a later write sees
// an earlier one (a retry that arrives with its original is answered as a
// retry). A write may therefore run twice: it must touch nothing but the
// transaction (PostgreSQL retries them too).

/** What a batch needs of a transaction's handle: running its SAVEPOINT statements. */
interface Tx {
  run(sql: string): Promise<unknown>
}

type Transaction<Q extends Tx> = <T>(fn: (tx: Q) => Promise<T>) => Promise<T>

/** Writes per transaction at most: bounds the wait of the last one and the transaction's size. */
export const MAX_BATCH = 64

interface Pending<Q> {
  work: (tx: Q) => Promise<unknown>
  resolve: (value: unknown) => void
  reject: (reason: unknown) => void
}

type Outcome = { ok: true; value: unknown } | { ok: false; error: unknown }

/** Thrown inside the first attempt to roll it back: a write of the batch failed. */
class WriteFailed extends Error {}

export interface GroupCommit<Q> {
  <T>(work: (tx: Q) => Promise<T>): Promise<T>
  /** Resolves once no write is waiting or running (for closing the database). */
  drained(): Promise<void>
}

/** Returns a function that runs a write in the next shared transaction and resolves after its commit. */
export function groupCommit<Q extends Tx>(transaction: Transaction<Q>, maxBatch = MAX_BATCH): GroupCommit<Q> {
  const pending: Pending<Q>[] = []
  let running = false
  let idle: (() => void)[] = []

  const eachInSavepoint = (batch: Pending<Q>[]) =>
    transaction(async (tx) => {
      const outcomes: Outcome[] = []
      for (const p of batch) {
        await tx.run('SAVEPOINT grouped_write')
        try {
          const value = await p.work(tx)
          await tx.run('RELEASE SAVEPOINT grouped_write')
          outcomes.push({ ok: true, value })
        } catch (error) {
          // If this fails too the transaction is gone, and the whole batch with it.
          await tx.run('ROLLBACK TO SAVEPOINT grouped_write')
          await tx.run('RELEASE SAVEPOINT grouped_write')
          outcomes.push({ ok: false, error })
        }
      }
      return outcomes
    })

  const runBatch = async (): Promise<() => void> => {
    let batch: Pending<Q>[] = []
    let outcomes: Outcome[] | undefined
    try {
      outcomes = await transaction(async (tx) => {
        batch = pending.splice(0, maxBatch)
        if (batch.length === 1) {
          // Alone: the transaction itself undoes a failure.
          return [{ ok: true, value: await batch[0]!.work(tx) }]
        }
        // Every write settles before the transaction is rolled back: none may run on into the replay.
        const all = await Promise.allSettled(batch.map((p) => p.work(tx)))
        return all.map((r): Outcome => {
          if (r.status === 'rejected') throw new WriteFailed()
          return { ok: true, value: r.value }
        })
      })
    } catch (error) {
      if (error instanceof WriteFailed) {
        try {
          outcomes = await eachInSavepoint(batch)
        } catch (again) {
          return () => batch.forEach((p) => p.reject(again))
        }
      } else {
        // Nothing of this batch was committed: each write hears why (those
        // still waiting, when the transaction could not even begin).
        if (batch.length === 0) batch = pending.splice(0, maxBatch)
        return () => batch.forEach((p) => p.reject(error))
      }
    }
    const settled = outcomes
    return () =>
      batch.forEach((p, i) => {
        const outcome = settled[i]!
        if (outcome.ok) p.resolve(outcome.value)
        else p.reject(outcome.error)
      })
  }

  const next = () => {
    if (running) return
    if (pending.length === 0) {
      for (const wake of idle) wake()
      idle = []
      return
    }
    running = true
    void runBatch().then((answer) => {
      running = false
      // The next batch's BEGIN goes to the driver before this batch's
      // writers are answered: answering them (their responses, logs) is
      // main-thread work the BEGIN need not wait behind.
      next()
      answer()
    })
  }

  const grouped = <T>(work: (tx: Q) => Promise<T>): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      pending.push({ work, resolve: resolve as (value: unknown) => void, reject })
      next()
    })
  return Object.assign(grouped, {
    drained: () => (running || pending.length > 0 ? new Promise<void>((resolve) => idle.push(resolve)) : Promise.resolve()),
  })
}
