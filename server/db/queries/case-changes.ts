// Writes a staff action makes to a case, and the timeline that records them.
// Call inside a transaction, together with the rollups (see cases/update-case.ts).
import type { CaseEvent, CaseEventType, CaseMessageView } from '../../../shared/api-types.ts'
import type { CaseStatus } from '../../../shared/enums.ts'
import type { Queryable } from '../database.ts'

/** The role of whoever made the case's latest assignment (as recorded then), if any. */
export async function lastAssignerRole(db: Queryable, feedbackId: string): Promise<string | undefined> {
  const row = await db.get<{ data: string; role: string | null }>(
    `SELECT e.data, u.role FROM feedback_events e LEFT JOIN users u ON u.id = e.user_id
     WHERE e.feedback_id = ? AND e.type = 'assigned' ORDER BY e.id DESC LIMIT 1`,
    [feedbackId],
  )
  if (!row) return undefined
  const recorded = (JSON.parse(row.data) as { byRole?: unknown }).byRole
  return typeof recorded === 'string' ? recorded : (row.role ?? undefined)
}

export async function addEvent(
  tx: Queryable,
  e: { feedbackId: string; userId: number | null; type: CaseEventType; data: Record<string, unknown>; at: string },
): Promise<void> {
  await tx.run('INSERT INTO feedback_events (feedback_id, user_id, type, data, created_at) VALUES (?, ?, ?, ?, ?)', [
    e.feedbackId,
    e.userId,
    e.type,
    JSON.stringify(e.data),
    e.at,
  ])
}

/** Marks a staff action: bumps updated_at and staff_updated_at. */
export async function touchByStaff(tx: Queryable, id: string, now: string): Promise<void> {
  await tx.run('UPDATE feedback SET updated_at = ?, staff_updated_at = ? WHERE id = ?', [now, now, id])
}

export async function setStatus(tx: Queryable, id: string, status: CaseStatus, closedAt: string | null): Promise<void> {
  await tx.run('UPDATE feedback SET status = ?, closed_at = ? WHERE id = ?', [status, closedAt, id])
}

/** A case just resolved: its confirmation window starts now, and a "not fixed" flag from a previous round goes. */
export async function markResolved(tx: Queryable, id: string, now: string): Promise<void> {
  await tx.run('UPDATE feedback SET resolved_at = ?, not_fixed = 0 WHERE id = ?', [now, id])
}

/** The reporter said the problem is not fixed: the inbox flags the case until it is resolved again. */
export async function markNotFixed(tx: Queryable, id: string): Promise<void> {
  await tx.run('UPDATE feedback SET not_fixed = 1 WHERE id = ?', [id])
}

/** Marks an answer from the reporter: bumps updated_at and reporter_updated_at. */
export async function touchByReporter(tx: Queryable, id: string, now: string): Promise<void> {
  await tx.run('UPDATE feedback SET updated_at = ?, reporter_updated_at = ? WHERE id = ?', [now, now, id])
}

/** Marks a change the server made on its own (the auto-close): bumps updated_at. */
export async function touchBySystem(tx: Queryable, id: string, now: string): Promise<void> {
  await tx.run('UPDATE feedback SET updated_at = ? WHERE id = ?', [now, id])
}

export async function setAssignee(tx: Queryable, id: string, userId: number | null): Promise<void> {
  await tx.run('UPDATE feedback SET assignee_id = ? WHERE id = ?', [userId, id])
}

export async function setDueAt(tx: Queryable, id: string, dueAt: string): Promise<void> {
  await tx.run('UPDATE feedback SET due_at = ? WHERE id = ?', [dueAt, id])
}

export async function addStaffMessage(
  tx: Queryable,
  m: { feedbackId: string; userId: number; text: string; public: boolean; at: string },
): Promise<number> {
  const r = await tx.run(
    `INSERT INTO feedback_messages (feedback_id, author, user_id, text, public, created_at) VALUES (?, 'staff', ?, ?, ?, ?)`,
    [m.feedbackId, m.userId, m.text, m.public ? 1 : 0, m.at],
  )
  return r.lastID
}

export async function listEvents(db: Queryable, feedbackId: string): Promise<CaseEvent[]> {
  const rows = await db.all<Omit<CaseEvent, 'data'> & { data: string }>(
    `SELECT e.id, e.type, e.created_at AS at, u.username AS actor, e.data
     FROM feedback_events e LEFT JOIN users u ON u.id = e.user_id WHERE e.feedback_id = ? ORDER BY e.id`,
    [feedbackId],
  )
  return rows.map((r) => ({ ...r, data: JSON.parse(r.data) as Record<string, unknown> }))
}

export async function listMessages(db: Queryable, feedbackId: string): Promise<CaseMessageView[]> {
  const rows = await db.all<Omit<CaseMessageView, 'public'> & { public: number }>(
    `SELECT m.id, m.author, m.text, m.public, m.created_at AS createdAt, u.username AS by
     FROM feedback_messages m LEFT JOIN users u ON u.id = m.user_id WHERE m.feedback_id = ? ORDER BY m.id`,
    [feedbackId],
  )
  return rows.map((r) => ({ ...r, public: r.public === 1 }))
}
