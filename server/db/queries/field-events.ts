// The event library (事件库): notable incidents, one row each, every text a
// version row. Named field_events: feedback_events is the case timeline.
// Version rows are append-only (0165_library_history.sql).
import type { FieldEventInput } from '../../../shared/field-schemas.ts'
import type { FieldEvent } from '../../../shared/field-types.ts'
import type { Scope } from '../../../shared/scope.ts'
import type { Param, Queryable } from '../database.ts'
import { placeholders, storeScopeSql } from '../sql.ts'

/** A version as stored: its fields, who wrote it and when. */
export type FieldEventVersion = FieldEventInput & { version: number; editedBy: string | null; at: string }

export async function insertFieldEvent(tx: Queryable, e: FieldEventInput, userId: number, at: string): Promise<number> {
  const { lastID } = await tx.run('INSERT INTO field_events (created_at) VALUES (?)', [at])
  await insertFieldEventVersion(tx, lastID, 1, e, userId, at)
  return lastID
}

/** Writes version `version` of an event; false when that version already exists (see insertRiskVersion). */
export async function insertFieldEventVersion(tx: Queryable, eventId: number, version: number, e: FieldEventInput, userId: number, at: string): Promise<boolean> {
  const { changes } = await tx.run(
    `INSERT OR IGNORE INTO field_event_versions (event_id, version, title, occurred_on, store_codes, case_ids, follow_up, created_by, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    [eventId, version, e.title, e.occurredOn, JSON.stringify(e.storeCodes), JSON.stringify(e.caseIds), e.followUp, userId, at],
  )
  return changes === 1
}

type EventRow = Omit<FieldEvent, 'storeCodes' | 'caseIds'> & { storeCodes: string; caseIds: string }

/** The newest version of every event (of those listing `caseId`, when given), the latest incident first. */
export async function listFieldEvents(db: Queryable, caseId?: string): Promise<FieldEvent[]> {
  const params: Param[] = []
  let naming = ''
  if (caseId !== undefined) {
    // A cheap filter on the stored JSON list; the parsed list decides below.
    naming = ` AND v.case_ids LIKE ? ESCAPE '\\'`
    params.push(`%${JSON.stringify(caseId).replace(/[\\%_]/g, (c) => `\\${c}`)}%`)
  }
  const rows = await db.all<EventRow>(
    `SELECT e.id, v.version, v.title, v.occurred_on AS occurredOn, v.store_codes AS storeCodes, v.case_ids AS caseIds,
       v.follow_up AS followUp, v.created_at AS updatedAt
     FROM field_events e JOIN field_event_versions v ON v.event_id = e.id
     WHERE v.version = (SELECT MAX(x.version) FROM field_event_versions x WHERE x.event_id = e.id)${naming}
     ORDER BY v.occurred_on DESC, e.id DESC`,
    params,
  )
  const events = rows.map((r) => ({ ...r, storeCodes: JSON.parse(r.storeCodes) as string[], caseIds: JSON.parse(r.caseIds) as string[] }))
  return caseId === undefined ? events : events.filter((e) => e.caseIds.includes(caseId))
}

type VersionRow = Omit<FieldEventVersion, 'storeCodes' | 'caseIds'> & { storeCodes: string; caseIds: string }

/** Every version of an event, the first first; empty for an unknown event. */
export async function fieldEventVersions(db: Queryable, eventId: number): Promise<FieldEventVersion[]> {
  const rows = await db.all<VersionRow>(
    `SELECT v.version, v.title, v.occurred_on AS occurredOn, v.store_codes AS storeCodes, v.case_ids AS caseIds,
       v.follow_up AS followUp, u.username AS editedBy, v.created_at AS at
     FROM field_event_versions v LEFT JOIN users u ON u.id = v.created_by
     WHERE v.event_id = ? ORDER BY v.version`,
    [eventId],
  )
  return rows.map((r) => ({ ...r, storeCodes: JSON.parse(r.storeCodes) as string[], caseIds: JSON.parse(r.caseIds) as string[] }))
}

/** Of these station codes, the ones in a scope: a supervisor sees the events of their stores. */
export async function storeCodesInScope(db: Queryable, codes: readonly string[], scope: Scope): Promise<Set<string>> {
  if (codes.length === 0) return new Set()
  const params: Param[] = [...codes]
  const rows = await db.all<{ code: string }>(
    `SELECT code FROM stores WHERE code IN (${placeholders(codes.length)}) AND ${storeScopeSql(scope, params)}`,
    params,
  )
  return new Set(rows.map((r) => r.code))
}
