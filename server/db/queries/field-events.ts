// The event library (事件库): notable incidents, one row each, every text a
// version row. Named field_events: feedback_events is the case timeline.
import type { FieldEventInput } from '../../../shared/field-schemas.ts'
import type { FieldEvent } from '../../../shared/field-types.ts'
import type { Queryable } from '../database.ts'

export async function insertFieldEvent(tx: Queryable, e: FieldEventInput, userId: number, at: string): Promise<number> {
  const { lastID } = await tx.run('INSERT INTO field_events (created_at) VALUES (?)', [at])
  await tx.run(
    `INSERT INTO field_event_versions (event_id, version, title, occurred_on, store_codes, case_ids, follow_up, created_by, created_at)
     VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?)`,
    [lastID, e.title, e.occurredOn, JSON.stringify(e.storeCodes), JSON.stringify(e.caseIds), e.followUp, userId, at],
  )
  return lastID
}

type EventRow = Omit<FieldEvent, 'storeCodes' | 'caseIds'> & { storeCodes: string; caseIds: string }

/** The newest version of every event, the latest incident first. */
export async function listFieldEvents(db: Queryable): Promise<FieldEvent[]> {
  const rows = await db.all<EventRow>(
    `SELECT e.id, v.version, v.title, v.occurred_on AS occurredOn, v.store_codes AS storeCodes, v.case_ids AS caseIds,
       v.follow_up AS followUp, v.created_at AS updatedAt
     FROM field_events e JOIN field_event_versions v ON v.event_id = e.id
     WHERE v.version = (SELECT MAX(x.version) FROM field_event_versions x WHERE x.event_id = e.id)
     ORDER BY v.occurred_on DESC, e.id DESC`,
  )
  return rows.map((r) => ({ ...r, storeCodes: JSON.parse(r.storeCodes) as string[], caseIds: JSON.parse(r.caseIds) as string[] }))
}
