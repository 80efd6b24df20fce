import type { CaseStatus, Channel, FeedbackKind } from '../../../shared/enums.ts'
import { OPEN_STATUSES } from '../../../shared/enums.ts'
import { chinaDate } from '../../../shared/china-time.ts'
import { changeStoreSummary, countSubmission } from '../../stats/store-summary.ts'
import type { Queryable } from '../database.ts'

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
}

export interface FeedbackRecord extends NewFeedback {
  status: CaseStatus
  assigneeId: number | null
  updatedAt: string
  closedAt: string | null
}

/** SQL list of the open statuses, for `status IN ${OPEN_SQL}`. */
export const OPEN_SQL = `(${OPEN_STATUSES.map((s) => `'${s}'`).join(', ')})`

const COLUMNS = `f.id, f.receipt, f.payload_hash AS payloadHash, f.store_code AS storeCode, f.kind,
  f.category_id AS categoryId, f.message, f.contact_name AS contactName, f.contact_phone AS contactPhone,
  f.anonymous, f.channel, f.status, f.assignee_id AS assigneeId, f.created_at AS createdAt,
  f.received_at AS receivedAt, f.due_at AS dueAt, f.updated_at AS updatedAt, f.closed_at AS closedAt`

type Row = Omit<FeedbackRecord, 'anonymous'> & { anonymous: number }
const toRecord = (r: Row): FeedbackRecord => ({ ...r, anonymous: r.anonymous === 1 })

export async function getFeedback(db: Queryable, id: string): Promise<FeedbackRecord | undefined> {
  const row = await db.get<Row>(`SELECT ${COLUMNS} FROM feedback f WHERE f.id = ?`, [id])
  return row && toRecord(row)
}

export async function getFeedbackByReceipt(db: Queryable, receipt: string): Promise<FeedbackRecord | undefined> {
  const row = await db.get<Row>(`SELECT ${COLUMNS} FROM feedback f WHERE f.receipt = ?`, [receipt])
  return row && toRecord(row)
}

/** Inserts a case with its first timeline event and bumps the per-store counters. Call inside a transaction. */
export async function insertFeedback(tx: Queryable, f: NewFeedback): Promise<void> {
  await tx.run(
    `INSERT INTO feedback (id, receipt, payload_hash, store_code, kind, category_id, message, contact_name,
       contact_phone, anonymous, channel, status, created_at, received_at, due_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'new', ?, ?, ?, ?)`,
    [
      f.id,
      f.receipt,
      f.payloadHash,
      f.storeCode,
      f.kind,
      f.categoryId,
      f.message,
      f.contactName,
      f.contactPhone,
      f.anonymous ? 1 : 0,
      f.channel,
      f.createdAt,
      f.receivedAt,
      f.dueAt,
      f.receivedAt,
    ],
  )
  await tx.run(
    `INSERT INTO feedback_events (feedback_id, type, data, created_at) VALUES (?, 'created', ?, ?)`,
    [f.id, JSON.stringify({ channel: f.channel }), f.receivedAt],
  )
  await bumpCount(tx, f.storeCode, f.categoryId, true, 1)
  const day = chinaDate(new Date(f.receivedAt))
  await tx.run(
    `INSERT INTO feedback_daily (store_code, day, kind, category_id, n) VALUES (?, ?, ?, ?, 1)
     ON CONFLICT (store_code, day, kind, category_id) DO UPDATE SET n = n + 1`,
    [f.storeCode ?? '', day, f.kind, f.categoryId],
  )
  await changeStoreSummary(tx, f.storeCode, (s) => countSubmission(s, f.categoryId, day))
}

export async function bumpCount(tx: Queryable, storeCode: string | null, categoryId: string, open: boolean, delta: number): Promise<void> {
  await tx.run(
    `INSERT INTO feedback_counts (store_code, category_id, is_open, n) VALUES (?, ?, ?, ?)
     ON CONFLICT (store_code, category_id, is_open) DO UPDATE SET n = n + excluded.n`,
    [storeCode ?? '', categoryId, open ? 1 : 0, delta],
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
