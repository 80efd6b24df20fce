import type { CaseStatus, Channel, FeedbackKind } from '../../../shared/enums.ts'
import { OPEN_STATUSES } from '../../../shared/enums.ts'
import type { Queryable } from '../database.ts'
import { jsonRows } from '../sql.ts'

export interface NewFeedback {
  id: string
  receipt: string
  payloadHash: string
  storeCode: string | null
  kind: FeedbackKind
  categoryId: string
  message: string
  contactName: string | null
  contactPhone: string | null
  anonymous: boolean
  channel: Channel
  createdAt: string
  receivedAt: string
  dueAt: string
  /** The staff account that recorded a case received by hotline, letter, visit or event. */
  recordedBy?: number | undefined
}

export interface FeedbackRecord extends NewFeedback {
  status: CaseStatus
  assigneeId: number | null
  updatedAt: string
  closedAt: string | null
  /** When the case was last resolved: the reporter's confirmation window runs from it. */
  resolvedAt: string | null
  /** When retention erased its content (RETENTION_DAYS); null: not purged. */
  purgedAt: string | null
}

const OPEN_SQL = `(${OPEN_STATUSES.map((s) => `'${s}'`).join(', ')})`

/**
 * The open problems of `isOpenProblem` (shared/enums.ts) in SQL, `t` being
 * the table alias with its dot. Word for word the condition of the partial
 * index feedback_open_due, so the planner can use it.
 */
export const openProblemSql = (t = '') => `${t}status IN ${OPEN_SQL} AND ${t}kind <> 'praise'`

/** Cases late to be acknowledged are open problems still `new`: the condition of the partial index feedback_new. */
export const newProblemSql = (t = '') => `${t}status = 'new' AND ${t}kind <> 'praise'`

const COLUMNS = `f.id, f.receipt, f.payload_hash AS payloadHash, f.store_code AS storeCode, f.kind,
  f.category_id AS categoryId, f.message, f.contact_name AS contactName, f.contact_phone AS contactPhone,
  f.anonymous, f.channel, f.status, f.assignee_id AS assigneeId, f.created_at AS createdAt,
  f.received_at AS receivedAt, f.due_at AS dueAt, f.updated_at AS updatedAt, f.closed_at AS closedAt,
  f.resolved_at AS resolvedAt, f.purged_at AS purgedAt`

type Row = Omit<FeedbackRecord, 'anonymous'> & { anonymous: number }
const toRecord = (r: Row): FeedbackRecord => ({ ...r, anonymous: r.anonymous === 1 })

export async function getFeedback(db: Queryable, id: string): Promise<FeedbackRecord | undefined> {
  const row = await db.get<Row>(`SELECT ${COLUMNS} FROM feedback f WHERE f.id = ?`, [id])
  return row && toRecord(row)
}

/** The case with this id and the case with this receipt (the same one, or two, or none), in one read. */
export async function feedbackWithIdOrReceipt(db: Queryable, id: string, receipt: string): Promise<FeedbackRecord[]> {
  const rows = await db.all<Row>(`SELECT ${COLUMNS} FROM feedback f WHERE f.id = ? OR f.receipt = ?`, [id, receipt])
  return rows.map(toRecord)
}

export async function getFeedbackByReceipt(db: Queryable, receipt: string): Promise<FeedbackRecord | undefined> {
  const row = await db.get<Row>(`SELECT ${COLUMNS} FROM feedback f WHERE f.receipt = ?`, [receipt])
  return row && toRecord(row)
}

/** Inserts a case. Call inside a transaction, then cases/store-new-cases.ts's countAndFlag (its first event, the rollups). */
export async function insertFeedback(tx: Queryable, f: NewFeedback): Promise<void> {
  await insertCases(tx, [f], '')
}

/**
 * Inserts new cases in one statement however many (issue 14: submissions
 * arriving together are stored together), skipping each whose id or
 * receipt is taken: they are found without a read before the insert.
 * Returns the ids inserted.
 */
export async function insertCasesIfNew(tx: Queryable, cases: readonly NewFeedback[]): Promise<Set<string>> {
  return insertCases(tx, cases, 'ON CONFLICT DO NOTHING')
}

async function insertCases(tx: Queryable, cases: readonly NewFeedback[], onConflict: '' | 'ON CONFLICT DO NOTHING'): Promise<Set<string>> {
  if (cases.length === 0) return new Set()
  const field = (name: string) => `value ->> '${name}'`
  // WHERE true: SQLite reads an upsert's SELECT without a WHERE as ambiguous.
  const inserted = await tx.all<{ id: string }>(
    `INSERT INTO feedback (id, receipt, payload_hash, store_code, kind, category_id, message, contact_name,
       contact_phone, anonymous, channel, status, created_at, received_at, due_at, updated_at)
     SELECT ${['id', 'receipt', 'payloadHash', 'storeCode', 'kind', 'categoryId', 'message', 'contactName', 'contactPhone'].map(field).join(', ')},
       CAST(${field('anonymous')} AS INTEGER), ${field('channel')}, 'new', ${field('createdAt')}, ${field('receivedAt')},
       ${field('dueAt')}, ${field('receivedAt')}
     FROM jsonb_each(?) WHERE true ${onConflict} RETURNING id`,
    [jsonRows(cases.map((f) => ({ ...f, anonymous: f.anonymous ? 1 : 0 })))],
  )
  return new Set(inserted.map((r) => r.id))
}

/** The first timeline event of cases just inserted, in one statement however many. */
export async function insertCreatedEvents(tx: Queryable, cases: readonly NewFeedback[]): Promise<void> {
  if (cases.length === 0) return
  await tx.run(
    `INSERT INTO feedback_events (feedback_id, user_id, type, data, created_at)
     SELECT value ->> 'id', CAST(value ->> 'recordedBy' AS INTEGER), 'created', value ->> 'data', value ->> 'receivedAt' FROM jsonb_each(?)`,
    [jsonRows(cases.map((f) => ({ id: f.id, recordedBy: f.recordedBy ?? null, data: JSON.stringify({ channel: f.channel }), receivedAt: f.receivedAt })))],
  )
}

export interface CaseMessage {
  author: 'staff' | 'reporter'
  text: string
  createdAt: string
}

/** What the reporter may see on /track: public staff replies and their own follow-ups. */
export async function listPublicMessages(db: Queryable, feedbackId: string): Promise<CaseMessage[]> {
  return db.all<CaseMessage>(
    `SELECT author, text, created_at AS createdAt FROM feedback_messages
     WHERE feedback_id = ? AND public = 1 ORDER BY id`,
    [feedbackId],
  )
}

export async function addReporterMessage(tx: Queryable, feedbackId: string, text: string, now: string): Promise<void> {
  const message = await tx.run(
    `INSERT INTO feedback_messages (feedback_id, author, text, public, created_at) VALUES (?, 'reporter', ?, 1, ?)`,
    [feedbackId, text, now],
  )
  await tx.run(`INSERT INTO feedback_events (feedback_id, type, data, created_at) VALUES (?, 'reporter_message', ?, ?)`, [
    feedbackId,
    JSON.stringify({ messageId: message.lastID }),
    now,
  ])
  await tx.run('UPDATE feedback SET updated_at = ?, reporter_updated_at = ? WHERE id = ?', [now, now, feedbackId])
}
