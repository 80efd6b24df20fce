// Reads a write transaction makes once however many writes it holds (issue
// 14): a group-commit batch stores up to 64 submissions, and each would
// otherwise read the same supervisors' name keys and the same alert
// channels again. Keyed by the transaction's handle, which is new for every
// transaction (database.ts, postgres.ts), so nothing outlives its
// transaction. Only for rows the transaction's own writes do not change.
import type { Queryable } from './database.ts'

const memos = new WeakMap<Queryable, Map<string, Promise<unknown>>>()

/** `read`'s answer, read at most once in the transaction `tx`. */
export function onceIn<T>(tx: Queryable, key: string, read: () => Promise<T>): Promise<T> {
  let memo = memos.get(tx)
  if (!memo) memos.set(tx, (memo = new Map()))
  let answer = memo.get(key) as Promise<T> | undefined
  if (!answer) {
    answer = read()
    memo.set(key, answer)
    // A failed read is not kept: the next write of the batch reads again.
    answer.catch(() => memo.delete(key))
  }
  return answer
}
