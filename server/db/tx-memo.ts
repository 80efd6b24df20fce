// Reads a write transaction makes once however many writes it holds (issue
// 14): a group-commit batch stores up to 64 submissions, and each would
// otherwise read the same supervisors' name keys and the same alert
// channels again. Keyed by the transaction's handle, which is new for every
// transaction (database.ts, postgres.ts), so nothing outlives its
// transaction. Only for rows the transaction's own writes do not change.
// On PostgreSQL, where each submission is its own transaction, the wrapper
// lets the transactions that saw the same version of those rows share one
// memo (shareMemo): every table a memoised read reads must therefore move
// that version (its triggers in migrations/0240_reference_version.pg.sql).
import type { Queryable } from './database.ts'

const memos = new WeakMap<object, Map<string, Promise<unknown>>>()
const shared = new WeakMap<Queryable, object>()

/**
 * Gives `tx` the memo of every transaction given the same `scope`: for a
 * wrapper that knows the memoised rows did not change between them.
 */
export function shareMemo(tx: Queryable, scope: object): void {
  shared.set(tx, scope)
}

/** `read`'s answer, read at most once in the transaction `tx` (or its shared scope). */
export function onceIn<T>(tx: Queryable, key: string, read: () => Promise<T>): Promise<T> {
  const owner = shared.get(tx) ?? tx
  let memo = memos.get(owner)
  if (!memo) memos.set(owner, (memo = new Map()))
  const kept = memo.get(key) as Promise<T> | undefined
  // Another transaction's read that failed (its connection lost) is not this one's failure.
  if (kept) return owner === tx ? kept : kept.catch(read)
  const answer = read()
  memo.set(key, answer)
  // A failed read is not kept: the next write of the batch reads again.
  answer.catch(() => memo.delete(key))
  return answer
}
