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

/** Runs `change` after every earlier `change` under `key` in the transaction `tx` has settled. */
export function inTurn<T>(tx: Queryable, key: string, change: () => Promise<T>): Promise<T> {
  let queue = turns.get(tx)
  if (!queue) turns.set(tx, (queue = new Map()))
  const mine = (queue.get(key) ?? Promise.resolve()).then(change)
  const settled = mine.catch(() => undefined)
  queue.set(key, settled)
  void settled.then(() => {
    if (queue.get(key) === settled) queue.delete(key)
  })
  return mine
}
