import type { Queryable } from '../database.ts'

export type QuarantineReason = 'honeypot' | 'too_fast'

/** How long a quarantined submission is kept. */
export const QUARANTINE_DAYS = 30

export interface QuarantinedFeedback {
  id: string
  reason: QuarantineReason
  storeCode: string | null
  /** The validated submission as JSON, without the honeypot value. */
  payload: string
  receivedAt: string
}

/** Keeps a suspected bot submission (once per id) and drops the expired ones. Call inside a transaction. */
export async function quarantineFeedback(tx: Queryable, q: QuarantinedFeedback): Promise<void> {
  await tx.run(
    `INSERT INTO feedback_quarantine (id, reason, store_code, payload, received_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (id) DO NOTHING`,
    [q.id, q.reason, q.storeCode, q.payload, q.receivedAt],
  )
  const cutoff = new Date(Date.parse(q.receivedAt) - QUARANTINE_DAYS * 86_400_000).toISOString()
  await tx.run('DELETE FROM feedback_quarantine WHERE received_at < ?', [cutoff])
}

/** Whether a submission with this id is held in quarantine. */
export async function isQuarantined(db: Queryable, id: string): Promise<boolean> {
  return (await db.get('SELECT 1 AS held FROM feedback_quarantine WHERE id = ?', [id])) !== undefined
}
