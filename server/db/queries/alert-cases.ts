// The numbers of the morning digest and the cases the deadline alerts are
// about, read through the partial indexes of open and of new problems.
import type { CaseStatus, FeedbackKind } from '../../../shared/enums.ts'
import type { Queryable } from '../database.ts'
import { newProblemSql, openProblemSql } from './feedback.ts'

export interface DigestCounts {
  district: string | null
  new: number
  overdue: number
  dueToday: number
  unacknowledged: number
}

/** Per district: problems received since `since`, overdue at `now`, due by `dayEnd`, still new before `ackCutoff`. */
export async function digestCounts(db: Queryable, w: { since: string; now: string; dayEnd: string; ackCutoff: string }): Promise<DigestCounts[]> {
  const rows = await db.all<{ district: string | null; metric: string; n: number }>(
    `SELECT s.district, 'new' AS metric, COUNT(*) AS n FROM feedback f LEFT JOIN stores s ON s.code = f.store_code
       WHERE f.received_at >= ? AND f.received_at < ? AND f.kind <> 'praise' GROUP BY s.district
     UNION ALL
     SELECT s.district, 'overdue', COUNT(*) FROM feedback f LEFT JOIN stores s ON s.code = f.store_code
       WHERE ${openProblemSql('f.')} AND f.due_at < ? GROUP BY s.district
     UNION ALL
     SELECT s.district, 'dueToday', COUNT(*) FROM feedback f LEFT JOIN stores s ON s.code = f.store_code
       WHERE ${openProblemSql('f.')} AND f.due_at >= ? AND f.due_at <= ? GROUP BY s.district
     UNION ALL
     SELECT s.district, 'unacknowledged', COUNT(*) FROM feedback f LEFT JOIN stores s ON s.code = f.store_code
       WHERE ${newProblemSql('f.')} AND f.received_at < ? GROUP BY s.district`,
    [w.since, w.now, w.now, w.now, w.dayEnd, w.ackCutoff],
  )
  const byDistrict = new Map<string | null, DigestCounts>()
  for (const r of rows) {
    const d = byDistrict.get(r.district) ?? { district: r.district, new: 0, overdue: 0, dueToday: 0, unacknowledged: 0 }
    d[r.metric as 'new' | 'overdue' | 'dueToday' | 'unacknowledged'] = r.n
    byDistrict.set(r.district, d)
  }
  return [...byDistrict.values()].sort((a, b) => (a.district ?? '\uffff').localeCompare(b.district ?? '\uffff', 'zh-CN'))
}

export interface DeadlineCase {
  id: string
  kind: FeedbackKind
  categoryId: string
  labelZh: string
  storeCode: string | null
  storeName: string | null
  district: string | null
  supervisorName: string | null
  message: string
  status: CaseStatus
  dueAt: string
}

const DEADLINE_SELECT = `SELECT f.id, f.kind, f.category_id AS categoryId, c.label_zh AS labelZh, f.store_code AS storeCode,
    s.name AS storeName, s.district, s.supervisor_name AS supervisorName, f.message, f.status, f.due_at AS dueAt
  FROM feedback f LEFT JOIN stores s ON s.code = f.store_code JOIN categories c ON c.id = f.category_id`

/** Open problems whose deadline passed in [from, now) that have not had this alert yet. */
export async function newlyOverdue(db: Queryable, from: string, now: string, event: string): Promise<DeadlineCase[]> {
  return db.all<DeadlineCase>(
    `${DEADLINE_SELECT} WHERE ${openProblemSql('f.')} AND f.due_at >= ? AND f.due_at < ?
       AND NOT EXISTS (SELECT 1 FROM alert_marks m WHERE m.feedback_id = f.id AND m.event = ?)`,
    [from, now, event],
  )
}

/** Problems still new that were received in [from, ackCutoff) and have not had this alert yet. */
export async function newlyUnacknowledged(db: Queryable, from: string, ackCutoff: string, event: string): Promise<DeadlineCase[]> {
  return db.all<DeadlineCase>(
    `${DEADLINE_SELECT} WHERE ${newProblemSql('f.')} AND f.received_at >= ? AND f.received_at < ?
       AND NOT EXISTS (SELECT 1 FROM alert_marks m WHERE m.feedback_id = f.id AND m.event = ?)`,
    [from, ackCutoff, event],
  )
}

/** Records that a case had a once-only alert; true when it had not. */
export async function markAlerted(tx: Queryable, feedbackId: string, event: string, at: string): Promise<boolean> {
  const r = await tx.run('INSERT INTO alert_marks (feedback_id, event, at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING', [feedbackId, event, at])
  return r.changes > 0
}
