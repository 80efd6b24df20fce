import type { Queryable } from '../database.ts'

/**
 * Why a submission is held: the honeypot was filled, the form was sent too
 * fast, the store was past its flood threshold, or it came with a receipt
 * another case already has (answered like any other, so a made-up receipt
 * does not tell whether it exists).
 */
export type QuarantineReason = 'honeypot' | 'too_fast' | 'flood' | 'receipt_taken'

/** How long a held submission is kept before the sweep deletes it. */
export const QUARANTINE_DAYS = 30

export interface QuarantinedFeedback {
  id: string
  /** The receipt its sender was given; null when it belongs to another case (receipt_taken) or was held before migration 0133. */
  receipt: string | null
  reason: QuarantineReason
  storeCode: string | null
  /** The validated submission as JSON, without the honeypot value. */
  payload: string
  receivedAt: string
}

const SELECT = `SELECT id, receipt, reason, store_code AS storeCode, payload, received_at AS receivedAt FROM feedback_quarantine`

/** Holds a submission (once per id): false when one was held under this id already. Call inside a transaction. */
export async function quarantineFeedback(tx: Queryable, q: QuarantinedFeedback): Promise<boolean> {
  const { changes } = await tx.run(
    `INSERT INTO feedback_quarantine (id, receipt, reason, store_code, payload, received_at) VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (id) DO NOTHING`,
    [q.id, q.receipt, q.reason, q.storeCode, q.payload, q.receivedAt],
  )
  return changes > 0
}

export async function getQuarantined(db: Queryable, id: string): Promise<QuarantinedFeedback | undefined> {
  return db.get<QuarantinedFeedback>(`${SELECT} WHERE id = ?`, [id])
}

export async function getQuarantinedByReceipt(db: Queryable, receipt: string): Promise<QuarantinedFeedback | undefined> {
  return db.get<QuarantinedFeedback>(`${SELECT} WHERE receipt = ?`, [receipt])
}

/** Newest first. */
export async function listQuarantined(db: Queryable, limit: number, offset: number): Promise<{ items: QuarantinedFeedback[]; total: number }> {
  const [items, count] = await Promise.all([
    db.all<QuarantinedFeedback>(`${SELECT} ORDER BY received_at DESC, id LIMIT ? OFFSET ?`, [limit, offset]),
    db.get<{ n: number }>('SELECT COUNT(*) AS n FROM feedback_quarantine'),
  ])
  return { items, total: count?.n ?? 0 }
}

export async function countQuarantined(db: Queryable): Promise<number> {
  return (await db.get<{ n: number }>('SELECT COUNT(*) AS n FROM feedback_quarantine'))?.n ?? 0
}

export async function deleteQuarantined(tx: Queryable, id: string): Promise<boolean> {
  return (await tx.run('DELETE FROM feedback_quarantine WHERE id = ?', [id])).changes > 0
}

/** The sweep: deletes what was held before `cutoff`; answers how many. */
export async function deleteQuarantinedBefore(db: Queryable, cutoff: string): Promise<number> {
  return (await db.run('DELETE FROM feedback_quarantine WHERE received_at < ?', [cutoff])).changes
}

/** Whether a submission with this id is held in quarantine. */
export async function isQuarantined(db: Queryable, id: string): Promise<boolean> {
  return (await db.get('SELECT 1 AS held FROM feedback_quarantine WHERE id = ?', [id])) !== undefined
}
