// Statements of one transaction that do not depend on each other, started
// together (issue 14). On SQLite the driver then runs them one after
// another on the connection with no trip through the event loop between
// them (each such trip wakes two threads, a measurable part of a batch of
// submissions); PostgreSQL's client sends them in order. Each must be right
// whatever ran before it, as the writes of a group-commit batch are
// (group-commit.ts).

/**
 * Waits for every one of `works`, then fails with the first failure in
 * their order: the transaction is never rolled back under a statement
 * still running, and on PostgreSQL, where a failure aborts the ones after
 * it, the first is its cause.
 */
export async function sideBySide(works: readonly Promise<unknown>[]): Promise<void> {
  const failed = (await Promise.allSettled(works)).find((s) => s.status === 'rejected')
  if (failed) throw failed.reason
}
