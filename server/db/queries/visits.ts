// Supervisors' store visits and the checklist answers of inspections.
import type { CheckResult, VisitType } from '../../../shared/enums.ts'
import type { DueRecheck, StoredVisitSummary, StoreLastVisit } from '../../../shared/field-types.ts'
import type { Scope } from '../../../shared/scope.ts'
import type { Param, Queryable } from '../database.ts'
import { givenConditions, notHiddenFromSql, storeScopeSql } from '../sql.ts'
import { openProblemSql } from './feedback.ts'

export interface NewVisit {
  id: string
  payloadHash: string
  storeCode: string
  type: VisitType
  userId: number
  startedAt: string
  startedDay: string
  receivedAt: string
  note: string
  checklistId: string | null
  checklistVersion: number | null
  trainingTopic: string | null
  trainingAttendees: number | null
  trainingAcknowledgedBy: string | null
  recheckCaseId: string | null
  recheckRectified: boolean | null
}

export interface StoredVisit {
  id: string
  payloadHash: string
  storeCode: string
}

export async function getStoredVisit(db: Queryable, id: string): Promise<StoredVisit | undefined> {
  return db.get<StoredVisit>('SELECT id, payload_hash AS payloadHash, store_code AS storeCode FROM visits WHERE id = ?', [id])
}

/** What a photo of a visit is checked against: the visit's store and the checklist version it used. */
export interface VisitForPhotos {
  id: string
  storeCode: string
  district: string
  checklistId: string | null
  checklistVersion: number | null
}

export async function getVisitForPhotos(db: Queryable, id: string): Promise<VisitForPhotos | undefined> {
  return db.get<VisitForPhotos>(
    `SELECT v.id, v.store_code AS storeCode, s.district, v.checklist_id AS checklistId, v.checklist_version AS checklistVersion
     FROM visits v JOIN stores s ON s.code = v.store_code WHERE v.id = ?`,
    [id],
  )
}

/** The case a visit's failed item opened, if it opened one. */
export async function caseOfVisitItem(db: Queryable, visitId: string, itemId: string): Promise<string | null> {
  const row = await db.get<{ caseId: string | null }>('SELECT case_id AS caseId FROM visit_results WHERE visit_id = ? AND item_id = ?', [visitId, itemId])
  return row?.caseId ?? null
}

export async function insertVisit(tx: Queryable, v: NewVisit): Promise<void> {
  await tx.run(
    `INSERT INTO visits (id, payload_hash, store_code, type, user_id, started_at, started_day, received_at, note,
       checklist_id, checklist_version, training_topic, training_attendees, training_acknowledged_by,
       recheck_case_id, recheck_rectified)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    [
      v.id,
      v.payloadHash,
      v.storeCode,
      v.type,
      v.userId,
      v.startedAt,
      v.startedDay,
      v.receivedAt,
      v.note,
      v.checklistId,
      v.checklistVersion,
      v.trainingTopic,
      v.trainingAttendees,
      v.trainingAcknowledgedBy,
      v.recheckCaseId,
      v.recheckRectified === null ? null : v.recheckRectified ? 1 : 0,
    ],
  )
}

export async function insertVisitResult(
  tx: Queryable,
  r: { visitId: string; itemId: string; position: number; result: CheckResult; note: string; caseId: string | null },
): Promise<void> {
  await tx.run('INSERT INTO visit_results (visit_id, item_id, position, result, note, case_id) VALUES (?, ?, ?, ?, ?, ?)', [
    r.visitId,
    r.itemId,
    r.position,
    r.result,
    r.note,
    r.caseId,
  ])
}

/** Points a case at the visit that found it. */
export async function linkCaseToVisit(tx: Queryable, caseId: string, visitId: string): Promise<void> {
  await tx.run('UPDATE feedback SET visit_id = ? WHERE id = ?', [visitId, caseId])
}

/** The cases an inspection opened, in checklist order: what its answer repeats. */
export async function casesOfVisit(db: Queryable, visitId: string): Promise<string[]> {
  const rows = await db.all<{ caseId: string }>(
    'SELECT case_id AS caseId FROM visit_results WHERE visit_id = ? AND case_id IS NOT NULL ORDER BY position',
    [visitId],
  )
  return rows.map((r) => r.caseId)
}

export interface VisitFilter {
  scope: Scope | undefined
  storeCode?: string | undefined
  district?: string | undefined
  type?: VisitType | undefined
  /** China dates, inclusive. */
  fromDay?: string | undefined
  toDay?: string | undefined
}

function where(f: VisitFilter, params: Param[]): string {
  const scope = storeScopeSql(f.scope, params, 's.')
  const given = givenConditions(
    [
      ['v.store_code = ?', f.storeCode],
      ['s.district = ?', f.district],
      ['v.type = ?', f.type],
      ['v.started_day >= ?', f.fromDay],
      ['v.started_day <= ?', f.toDay],
    ],
    params,
  )
  return [scope, ...given].join(' AND ')
}

interface VisitRow {
  id: string
  storeCode: string
  storeName: string
  district: string
  type: VisitType
  by: string
  startedAt: string
  receivedAt: string
  note: string
  checklistId: string | null
  checklistVersion: number | null
  trainingTopic: string | null
  trainingAttendees: number | null
  trainingAcknowledgedBy: string | null
  recheckCaseId: string | null
  recheckRectified: number | null
}

export async function listVisits(
  db: Queryable,
  f: VisitFilter,
  page: { limit: number; offset: number },
): Promise<{ items: StoredVisitSummary[]; total: number }> {
  const params: Param[] = []
  const clause = where(f, params)
  const rows = await db.all<VisitRow>(
    `SELECT v.id, v.store_code AS storeCode, s.name AS storeName, s.district, v.type, u.username AS by,
       v.started_at AS startedAt, v.received_at AS receivedAt, v.note, v.checklist_id AS checklistId,
       v.checklist_version AS checklistVersion, v.training_topic AS trainingTopic,
       v.training_attendees AS trainingAttendees, v.training_acknowledged_by AS trainingAcknowledgedBy,
       v.recheck_case_id AS recheckCaseId, v.recheck_rectified AS recheckRectified
     FROM visits v JOIN stores s ON s.code = v.store_code JOIN users u ON u.id = v.user_id
     WHERE ${clause}
     ORDER BY v.started_at DESC, v.id LIMIT ? OFFSET ?`,
    [...params, page.limit, page.offset],
  )
  const count = await db.get<{ n: number }>(
    `SELECT COUNT(*) AS n FROM visits v JOIN stores s ON s.code = v.store_code WHERE ${clause}`,
    params,
  )
  const results = await resultsOf(db, rows.map((r) => r.id))
  return {
    items: rows.map((r) => ({
      id: r.id,
      storeCode: r.storeCode,
      storeName: r.storeName,
      district: r.district,
      type: r.type,
      by: r.by,
      startedAt: r.startedAt,
      receivedAt: r.receivedAt,
      note: r.note,
      checklist: r.checklistId && r.checklistVersion ? { id: r.checklistId, version: r.checklistVersion } : null,
      results: results.get(r.id) ?? [],
      training: r.trainingTopic === null ? null : { topic: r.trainingTopic, attendees: r.trainingAttendees ?? 0, acknowledgedBy: r.trainingAcknowledgedBy },
      recheck: r.recheckCaseId === null ? null : { caseId: r.recheckCaseId, rectified: r.recheckRectified === 1 },
    })),
    total: count?.n ?? 0,
  }
}

async function resultsOf(db: Queryable, visitIds: string[]): Promise<Map<string, StoredVisitSummary['results']>> {
  const out = new Map<string, StoredVisitSummary['results']>()
  if (visitIds.length === 0) return out
  const rows = await db.all<{ visitId: string; itemId: string; result: CheckResult; note: string; caseId: string | null }>(
    `SELECT visit_id AS visitId, item_id AS itemId, result, note, case_id AS caseId FROM visit_results
     WHERE visit_id IN (${visitIds.map(() => '?').join(', ')}) ORDER BY visit_id, position`,
    visitIds,
  )
  for (const { visitId, ...r } of rows) {
    const list = out.get(visitId) ?? []
    list.push(r)
    out.set(visitId, list)
  }
  return out
}

/** Every store in scope with the day of its last visit (null: never visited), longest unvisited first. */
export async function storesByLastVisit(
  db: Queryable,
  scope: Scope | undefined,
): Promise<StoreLastVisit[]> {
  const params: Param[] = []
  const clause = storeScopeSql(scope, params, 's.')
  return db.all<StoreLastVisit>(
    `SELECT s.code, s.name, s.district, MAX(v.started_at) AS lastVisitAt
     FROM stores s LEFT JOIN visits v ON v.store_code = s.code
     WHERE s.active = 1 AND ${clause}
     GROUP BY s.code, s.name, s.district
     ORDER BY CASE WHEN MAX(v.started_at) IS NULL THEN 0 ELSE 1 END, MAX(v.started_at), s.code`,
    params,
  )
}

/**
 * Open inspection cases of stores in scope, soonest deadline first, without
 * those hidden from `hideConflictsFor` (a supervisor's id): what a re-check
 * can close.
 */
export async function dueRechecks(db: Queryable, scope: Scope | undefined, hideConflictsFor: number | undefined, limit: number): Promise<DueRecheck[]> {
  const params: Param[] = []
  const clause = storeScopeSql(scope, params, 's.')
  const notHidden = hideConflictsFor === undefined ? '' : ` AND ${notHiddenFromSql(hideConflictsFor, params)}`
  return db.all<DueRecheck>(
    `SELECT f.id AS caseId, f.store_code AS storeCode, s.name AS storeName, f.category_id AS categoryId, f.status,
       f.due_at AS dueAt, f.message
     FROM feedback f JOIN stores s ON s.code = f.store_code
     WHERE f.channel = 'inspection' AND ${openProblemSql('f.')} AND ${clause}${notHidden}
     ORDER BY f.due_at, f.id LIMIT ?`,
    [...params, limit],
  )
}
