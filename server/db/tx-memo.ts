// Reads a write transaction makes once however many writes it holds (issue
// 14): a batch stores up to 64 submissions, and each would otherwise read
// the same supervisors' name keys and the same alert channels again. Keyed
// by the transaction's handle, which is new for every transaction
// (database.ts, postgres.ts), so nothing outlives its transaction. Only for
// rows the transaction's own writes do not change.
// A grouped write's transaction reads the reference version of those rows
// as it begins, and the transactions that saw the same version share one
// memo (shareMemo, versionScopes): every table a memoised read reads must
// therefore move that version (its triggers in migrations/0240, 0250 and
// 0260).
// A transaction's handle is any object here: database.ts imports this module.
const memos = new WeakMap<object, Map<string, Promise<unknown>>>()
const shared = new WeakMap<object, object>()

/**
 * Gives `tx` the memo of every transaction given the same `scope`: for a
 * wrapper that knows the memoised rows did not change between them.
 */
export function shareMemo(tx: object, scope: object): void {
  shared.set(tx, scope)
}

/**
 * The memo scope of a reference version: the same for every transaction
 * that saw the same version, a new one once it has moved (the older one
 * is dropped with its last transaction).
 */
export function versionScopes(): (version: unknown) => object {
  let last: { version: unknown; scope: object } | undefined
  return (version) => {
    if (!last || last.version !== version) last = { version, scope: {} }
    return last.scope
  }
}

/** `read`'s answer, read at most once in the transaction `tx` (or its shared scope). */
export function onceIn<T>(tx: object, key: string, read: () => Promise<T>): Promise<T> {
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
