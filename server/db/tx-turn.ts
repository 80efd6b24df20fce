// Turns within one transaction (issue 14): the writes of a group-commit
// batch run side by side on SQLite (group-commit.ts), so a write that reads
// a row, changes it in JavaScript and writes it back would lose another's
// change to the same row. Such a write takes its turn under the row's key:
// it starts once the previous holder of that key in the same transaction
// has finished. Keyed by the transaction's handle, like tx-memo.ts. On
// PostgreSQL each grouped write has its own transaction and the row lock
// does this job; the turn is then always free.
import type { Queryable } from './database.ts'

const turns = new WeakMap<Queryable, Map<string, Promise<unknown>>>()

/**
 * Runs `change` after every earlier `change` under any of `keys` in the
 * transaction `tx` has settled (a write of several rows waits for each).
 */
export function inTurn<T>(tx: Queryable, keys: string | readonly string[], change: () => Promise<T>): Promise<T> {
  const mine = [...new Set(typeof keys === 'string' ? [keys] : keys)]
  const queue = turns.get(tx) ?? new Map<string, Promise<unknown>>()
  turns.set(tx, queue)
  const turn = Promise.all(mine.map((key) => queue.get(key))).then(change)
  // Earlier turns are kept settled: one's failure is not the next one's.
  const settled = turn.catch(() => undefined)
  for (const key of mine) queue.set(key, settled)
  void settled.then(() => {
    for (const key of mine) if (queue.get(key) === settled) queue.delete(key)
  })
  return turn
}
