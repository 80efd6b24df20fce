// The numbers of the morning digest and the cases the deadline alerts are
// about, read through the partial indexes of open and of new problems.
import type { DigestGrouping } from '../../../shared/alert-schemas.ts'
import type { CaseStatus, FeedbackKind } from '../../../shared/enums.ts'
import type { Queryable } from '../database.ts'
import { newProblemSql, openProblemSql } from './feedback.ts'

export interface DigestCounts {
  district: string | null
  /** Counted per store supervisor: the stores' supervisor (null: none given, or no store). */
  supervisor?: string | null
  new: number
  overdue: number
  dueToday: number
  unacknowledged: number
}

type DigestMetric = 'new' | 'overdue' | 'dueToday' | 'unacknowledged'

/**
 * Per district, or per district and store supervisor: problems received
 * since `since`, overdue at `now`, due by `dayEnd`, still new before `ackCutoff`.
 */
export async function digestCounts(
  db: Queryable,
  w: { since: string; now: string; dayEnd: string; ackCutoff: string },
  by: DigestGrouping = 'district',
): Promise<DigestCounts[]> {
  const [supervisor, group] = by === 'supervisor' ? ['s.supervisor_name', 's.district, s.supervisor_name'] : ['NULL', 's.district']
  const from = `FROM feedback f LEFT JOIN stores s ON s.code = f.store_code`
  const rows = await db.all<{ district: string | null; supervisor: string | null; metric: DigestMetric; n: number }>(
    `SELECT s.district, ${supervisor} AS supervisor, 'new' AS metric, COUNT(*) AS n ${from}
       WHERE f.received_at >= ? AND f.received_at < ? AND f.kind <> 'praise' GROUP BY ${group}
     UNION ALL
     SELECT s.district, ${supervisor}, 'overdue', COUNT(*) ${from}
       WHERE ${openProblemSql('f.')} AND f.due_at < ? GROUP BY ${group}
     UNION ALL
     SELECT s.district, ${supervisor}, 'dueToday', COUNT(*) ${from}
       WHERE ${openProblemSql('f.')} AND f.due_at >= ? AND f.due_at <= ? GROUP BY ${group}
     UNION ALL
     SELECT s.district, ${supervisor}, 'unacknowledged', COUNT(*) ${from}
       WHERE ${newProblemSql('f.')} AND f.received_at < ? GROUP BY ${group}`,
    [w.since, w.now, w.now, w.now, w.dayEnd, w.ackCutoff],
  )
  const groups = new Map<string, DigestCounts>()
  for (const r of rows) {
    const key = JSON.stringify([r.district, r.supervisor])
    const d = groups.get(key) ?? { district: r.district, ...(by === 'supervisor' && { supervisor: r.supervisor }), new: 0, overdue: 0, dueToday: 0, unacknowledged: 0 }
    d[r.metric] = r.n
    groups.set(key, d)
  }
  // Districts in Chinese order, then supervisors; what has neither comes last.
  const last = (s: string | null | undefined) => s ?? '\uffff'
  return [...groups.values()].sort(
    (a, b) => last(a.district).localeCompare(last(b.district), 'zh-CN') || last(a.supervisor).localeCompare(last(b.supervisor), 'zh-CN'),
  )
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
