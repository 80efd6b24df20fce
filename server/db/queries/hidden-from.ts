import type { Param, Queryable } from '../database.ts'
import { notHiddenFromSql, placeholders } from '../sql.ts'

export type HiddenReason = 'store_supervisor' | 'named'

/** Supervisor accounts with a name, for matching against written text. */
export async function namedSupervisors(db: Queryable): Promise<{ id: number; nameKey: string }[]> {
  return db.all(`SELECT id, name_key AS nameKey FROM users WHERE role = 'supervisor' AND name_key IS NOT NULL AND name_key <> ''`)
}

/** Supervisor accounts whose name is this key (the store registry's 专管员, normalised). */
export async function supervisorsNamed(db: Queryable, key: string): Promise<{ id: number }[]> {
  return db.all(`SELECT id FROM users WHERE role = 'supervisor' AND name_key = ?`, [key])
}

/** Adds an account to a case's hidden-from set; never removes one. Call inside a transaction. */
export async function addHiddenFrom(tx: Queryable, feedbackId: string, userId: number, reason: HiddenReason, at: string): Promise<void> {
  await tx.run(
    `INSERT INTO case_hidden_from (feedback_id, user_id, reason, added_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (feedback_id, user_id) DO NOTHING`,
    [feedbackId, userId, reason, at],
  )
}

/** One page of case texts (the report itself, then every message), in id order, for re-scanning names. */
export async function caseTextsAfter(db: Queryable, afterId: string, limit: number): Promise<{ id: string; text: string }[]> {
  return db.all('SELECT id, message AS text FROM feedback WHERE id > ? ORDER BY id LIMIT ?', [afterId, limit])
}

export async function messageTextsAfter(db: Queryable, afterId: number, limit: number): Promise<{ id: number; feedbackId: string; text: string }[]> {
  return db.all('SELECT id, feedback_id AS feedbackId, text FROM feedback_messages WHERE id > ? ORDER BY id LIMIT ?', [afterId, limit])
}

/** Cases of a category with the supervisor their store's registry names now. */
export async function casesWithStoreSupervisor(db: Queryable, categoryId: string): Promise<{ id: string; supervisorName: string }[]> {
  return db.all(
    `SELECT f.id, s.supervisor_name AS supervisorName FROM feedback f JOIN stores s ON s.code = f.store_code
     WHERE f.category_id = ? AND s.supervisor_name IS NOT NULL AND s.supervisor_name <> ''`,
    [categoryId],
  )
}

export async function isHiddenFrom(db: Queryable, feedbackId: string, userId: number): Promise<boolean> {
  return (await db.get('SELECT 1 AS one FROM case_hidden_from WHERE feedback_id = ? AND user_id = ?', [feedbackId, userId])) !== undefined
}

/** Whether the case is hidden from any account (its alerts then go only to whole-city channels). */
export async function isHiddenFromAnyone(db: Queryable, feedbackId: string): Promise<boolean> {
  return (await db.get('SELECT 1 AS one FROM case_hidden_from WHERE feedback_id = ?', [feedbackId])) !== undefined
}

/** Of these cases, the ones a supervisor account may not see (conflict of interest): what a list naming cases leaves out. */
export async function conflictCasesAmong(db: Queryable, caseIds: readonly string[], userId: number): Promise<Set<string>> {
  if (caseIds.length === 0) return new Set()
  const params: Param[] = [...caseIds]
  const rows = await db.all<{ id: string }>(
    `SELECT f.id FROM feedback f WHERE f.id IN (${placeholders(caseIds.length)}) AND NOT ${notHiddenFromSql(userId, params)}`,
    params,
  )
  return new Set(rows.map((r) => r.id))
}

/** The cases hidden from one account, with what the statistics count them by. */
export async function casesHiddenFrom(db: Queryable, userId: number, misconductCategory: string) {
  return db.all<HiddenCase>(
    `SELECT f.id, f.store_code AS storeCode, f.kind, f.category_id AS categoryId, f.status, f.received_at AS receivedAt,
       f.due_at AS dueAt, f.closed_at AS closedAt
     FROM feedback f
     WHERE f.category_id = ? OR EXISTS (SELECT 1 FROM case_hidden_from h WHERE h.feedback_id = f.id AND h.user_id = ?)`,
    [misconductCategory, userId],
  )
}

/**
 * The reporters' answers to "问题解决了吗？" on the cases hidden from one
 * account (confirmed fixed, reopened, or left to close by itself), each
 * with its store: what the confirmation tallies count them by. A praise
 * that closed itself was never asked, so never counted (cases/auto-close.ts).
 */
export async function outcomesHiddenFrom(db: Queryable, userId: number): Promise<HiddenOutcome[]> {
  const params: Param[] = []
  return db.all<HiddenOutcome>(
    `SELECT f.store_code AS storeCode, e.type, e.data
     FROM feedback_events e JOIN feedback f ON f.id = e.feedback_id
     WHERE e.type IN ('reporter_confirmed', 'reporter_reopened', 'auto_closed') AND NOT (e.type = 'auto_closed' AND f.kind = 'praise')
       AND NOT ${notHiddenFromSql(userId, params)}`,
    params,
  )
}

export interface HiddenOutcome {
  storeCode: string | null
  type: 'reporter_confirmed' | 'reporter_reopened' | 'auto_closed'
  /** The event's JSON: `rating` when the reporter gave one. */
  data: string
}

export interface HiddenCase {
  id: string
  storeCode: string | null
  kind: string
  categoryId: string
  status: string
  receivedAt: string
  dueAt: string
  closedAt: string | null
}
