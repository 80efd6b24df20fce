// Group commit (issue 14): writes that arrive while the writer is busy are
// written together, in one transaction, and each is answered only once that
// transaction has committed. With synchronous=FULL a commit costs one fsync;
// a hundred submissions waiting behind one commit then share the next one
// instead of queueing for a hundred.
//
// A batch closes when its transaction begins, so nothing waits on a timer:
// with no contention a write is a batch of one, committed at once. Each
// write of a larger batch runs in its own SAVEPOINT, so one that fails
// (a reused id, a constraint) is undone alone and the others still commit.
// Writes of one batch run in order and see each other's rows: a retry that
// arrives together with its original finds it and is answered as a retry.

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

/** Returns a function that runs a write in the next shared transaction and resolves after its commit. */
export function groupCommit<Q extends Tx>(transaction: Transaction<Q>, maxBatch = MAX_BATCH) {
  const pending: Pending<Q>[] = []
  let running = false

  const runBatch = async () => {
    let batch: Pending<Q>[] = []
    const outcomes: Outcome[] = []
    try {
      await transaction(async (tx) => {
        batch = pending.splice(0, maxBatch)
        if (batch.length === 1) {
          // Alone: the transaction itself undoes a failure.
          outcomes.push({ ok: true, value: await batch[0]!.work(tx) })
          return
        }
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
      })
    } catch (error) {
      // Nothing of this batch was committed: each write hears why (those
      // still waiting, when the transaction could not even begin).
      if (batch.length === 0) batch = pending.splice(0, maxBatch)
      for (const p of batch) p.reject(error)
      return
    }
    batch.forEach((p, i) => {
      const outcome = outcomes[i]!
      if (outcome.ok) p.resolve(outcome.value)
      else p.reject(outcome.error)
    })
  }

  const next = () => {
    if (running || pending.length === 0) return
    running = true
    void runBatch().finally(() => {
      running = false
      next()
    })
  }

  return <T>(work: (tx: Q) => Promise<T>): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      pending.push({ work, resolve: resolve as (value: unknown) => void, reject })
      next()
    })
}
