// Case retention (issue 15): which cases are due for a purge, and the
// writes that erase a case's personal content while its skeleton (kind,
// category, store, dates, status) stays for the statistics. Every write is
// guarded so that two instances purging the same case at once do it once.
import type { Queryable } from '../database.ts'
import { placeholders } from '../sql.ts'

/** Closed or rejected before the cutoff and not purged yet, oldest first. */
export async function casesDueForPurge(db: Queryable, closedBefore: string, limit: number): Promise<string[]> {
  const rows = await db.all<{ id: string }>(
    `SELECT id FROM feedback
     WHERE purged_at IS NULL AND closed_at IS NOT NULL AND closed_at < ? AND status IN ('closed', 'rejected')
     ORDER BY closed_at, id LIMIT ?`,
    [closedBefore, limit],
  )
  return rows.map((r) => r.id)
}

/**
 * Erases the case's message and contact data and marks it purged, if it is
 * still closed or rejected and not purged; false when another instance (or
 * a reopening) got there first.
 */
export async function eraseCaseContent(tx: Queryable, id: string, now: string): Promise<boolean> {
  const r = await tx.run(
    `UPDATE feedback SET message = '', contact_name = NULL, contact_phone = NULL, purged_at = ?
     WHERE id = ? AND purged_at IS NULL AND status IN ('closed', 'rejected')`,
    [now, id],
  )
  return r.changes === 1
}

/** Deletes the reporter's and the staff's messages of a case; returns how many. */
export async function deleteCaseMessages(tx: Queryable, id: string): Promise<number> {
  return (await tx.run('DELETE FROM feedback_messages WHERE feedback_id = ?', [id])).changes
}

/** Timeline entries of a case whose data may hold free text (a reason, a re-check note). */
export async function eventsWithText(tx: Queryable, id: string): Promise<{ id: number; data: string }[]> {
  return tx.all<{ id: number; data: string }>(
    `SELECT id, data FROM feedback_events WHERE feedback_id = ? AND type IN ('status', 'due_changed', 'recheck')`,
    [id],
  )
}

export async function setEventData(tx: Queryable, eventId: number, data: string): Promise<void> {
  await tx.run('UPDATE feedback_events SET data = ? WHERE id = ?', [data, eventId])
}

/** The notes written on the checklist items whose failure opened this case. */
export async function eraseFindingNotes(tx: Queryable, caseId: string): Promise<void> {
  await tx.run(`UPDATE visit_results SET note = '' WHERE case_id = ?`, [caseId])
}

/** Deletes photo rows by id; returns the content hashes they named. */
export async function deletePhotos(tx: Queryable, photoIds: readonly string[]): Promise<string[]> {
  if (photoIds.length === 0) return []
  const rows = await tx.all<{ contentHash: string }>(
    `SELECT content_hash AS contentHash FROM photos WHERE id IN (${placeholders(photoIds.length)})`,
    photoIds,
  )
  await tx.run(`DELETE FROM photos WHERE id IN (${placeholders(photoIds.length)})`, photoIds)
  return rows.map((r) => r.contentHash)
}

/**
 * Photos of visits started before the cutoff, except those of a failed item
 * whose case still has its content: they are that case's evidence and go
 * with the case.
 */
export async function oldVisitPhotos(db: Queryable, startedBefore: string, limit: number): Promise<string[]> {
  const rows = await db.all<{ id: string }>(
    `SELECT p.id FROM photos p JOIN visits v ON v.id = p.owner_id
     WHERE p.owner_type = 'visit' AND v.started_at < ?
       AND NOT EXISTS (
         SELECT 1 FROM visit_results r JOIN feedback f ON f.id = r.case_id
         WHERE r.visit_id = p.owner_id AND r.item_id = p.item_id AND f.purged_at IS NULL)
     ORDER BY p.id LIMIT ?`,
    [startedBefore, limit],
  )
  return rows.map((r) => r.id)
}

/** Of these content hashes, those no photo row names any more. */
export async function unnamedHashes(db: Queryable, hashes: readonly string[]): Promise<string[]> {
  const unique = [...new Set(hashes)]
  if (unique.length === 0) return []
  const named = await db.all<{ contentHash: string }>(
    `SELECT DISTINCT content_hash AS contentHash FROM photos WHERE content_hash IN (${placeholders(unique.length)})`,
    unique,
  )
  const still = new Set(named.map((r) => r.contentHash))
  return unique.filter((h) => !still.has(h))
}
