// The reporter's answers to "问题解决了吗？", counted per store
// (table store_confirmations), and the resolved cases past their window.
import type { Queryable } from '../database.ts'
import { placeholders } from '../sql.ts'

export type ConfirmOutcome = 'fixed' | 'not_fixed' | 'auto_closed'

export interface ConfirmationCounts {
  storeCode: string
  fixed: number
  notFixed: number
  autoClosed: number
  ratingSum: number
  ratingCount: number
}

const COLUMN: Record<ConfirmOutcome, string> = { fixed: 'fixed', not_fixed: 'not_fixed', auto_closed: 'auto_closed' }

/** Counts one answer (or one auto-close) for the case's store. Call inside the transaction that records it. */
export async function countConfirmation(tx: Queryable, storeCode: string | null, outcome: ConfirmOutcome, rating: number | null): Promise<void> {
  const column = COLUMN[outcome]
  await tx.run(
    `INSERT INTO store_confirmations (store_code, ${column}, rating_sum, rating_count) VALUES (?, 1, ?, ?)
     ON CONFLICT (store_code) DO UPDATE SET ${column} = store_confirmations.${column} + 1,
       rating_sum = store_confirmations.rating_sum + excluded.rating_sum,
       rating_count = store_confirmations.rating_count + excluded.rating_count`,
    [storeCode ?? '', rating ?? 0, rating === null ? 0 : 1],
  )
}

/** The counts of every store, or of the given ones ('' for cases without a store). */
export async function listConfirmationCounts(db: Queryable, codes?: readonly string[]): Promise<ConfirmationCounts[]> {
  return db.all<ConfirmationCounts>(
    `SELECT store_code AS storeCode, fixed, not_fixed AS notFixed, auto_closed AS autoClosed,
       rating_sum AS ratingSum, rating_count AS ratingCount FROM store_confirmations
     ${codes === undefined ? '' : `WHERE store_code IN (${placeholders(codes.length)})`}`,
    codes === undefined ? [] : [...codes],
  )
}

/** Ids of resolved cases resolved before `cutoff`, oldest first. */
export async function resolvedBefore(db: Queryable, cutoff: string, limit: number): Promise<string[]> {
  const rows = await db.all<{ id: string }>(
    `SELECT id FROM feedback WHERE status = 'resolved' AND resolved_at < ? ORDER BY resolved_at LIMIT ?`,
    [cutoff, limit],
  )
  return rows.map((r) => r.id)
}
