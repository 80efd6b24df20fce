import type { NoticeVersionView } from '../../../shared/api-types.ts'
import type { NoticeScope } from '../../../shared/enums.ts'
import type { Queryable } from '../database.ts'

/** One published version of a notice document, with the document's place in the list. */
export interface NoticeVersionRow extends NoticeVersionView {
  noticeId: number
  key: string | null
  sortOrder: number
  active: boolean
}

const COLUMNS = `d.id AS noticeId, d.key, d.sort_order AS sortOrder, d.active, v.version, v.title, v.body,
  v.title_en AS titleEn, v.body_en AS bodyEn, v.scope, v.scope_district AS district, v.scope_stores AS stores,
  v.effective_date AS effectiveDate, v.created_at AS createdAt, u.username AS createdBy`
const FROM = `notice_versions v JOIN notices d ON d.id = v.notice_id LEFT JOIN users u ON u.id = v.created_by`

type Row = Omit<NoticeVersionRow, 'active' | 'stores'> & { active: number; stores: string }
const toVersion = (r: Row): NoticeVersionRow => ({ ...r, active: r.active === 1, stores: JSON.parse(r.stores) as string[] })

/**
 * For each active document, the newest version already effective on `today`
 * (a China-local YYYY-MM-DD), in display order. Scope is applied by the caller.
 */
export async function effectiveNoticeVersions(db: Queryable, today: string): Promise<NoticeVersionRow[]> {
  const rows = await db.all<Row>(
    `SELECT ${COLUMNS} FROM ${FROM}
     WHERE d.active = 1 AND v.version = (
       SELECT MAX(w.version) FROM notice_versions w WHERE w.notice_id = v.notice_id AND w.effective_date <= ?)
     ORDER BY d.sort_order, d.id`,
    [today],
  )
  return rows.map(toVersion)
}

/** Every version of every document, documents in display order, versions newest first. */
export async function allNoticeVersions(db: Queryable): Promise<NoticeVersionRow[]> {
  const rows = await db.all<Row>(`SELECT ${COLUMNS} FROM ${FROM} ORDER BY d.sort_order, d.id, v.version DESC`)
  return rows.map(toVersion)
}

export interface NewNoticeVersion {
  title: string
  body: string
  titleEn?: string | undefined
  bodyEn?: string | undefined
  scope: NoticeScope
  district?: string | undefined
  stores?: string[] | undefined
  effectiveDate: string
}

/** Creates a document with its first version; returns the document id. */
export async function insertNotice(
  db: Queryable,
  doc: { key?: string | undefined; sortOrder: number },
  first: NewNoticeVersion,
  userId: number | null,
  now: string,
): Promise<number> {
  const { lastID } = await db.run('INSERT INTO notices (key, sort_order, active, created_at) VALUES (?, ?, 1, ?)', [
    doc.key ?? null,
    doc.sortOrder,
    now,
  ])
  await insertNoticeVersion(db, lastID, 1, first, userId, now)
  return lastID
}

export async function nextNoticeSortOrder(db: Queryable): Promise<number> {
  const row = await db.get<{ n: number | null }>('SELECT MAX(sort_order) AS n FROM notices')
  return (row?.n ?? -1) + 1
}

export async function noticeKeyTaken(db: Queryable, key: string): Promise<boolean> {
  return !!(await db.get('SELECT 1 FROM notices WHERE key = ?', [key]))
}

/** The next version number of a document; undefined when the document does not exist. */
export async function nextNoticeVersion(db: Queryable, noticeId: number): Promise<number | undefined> {
  const row = await db.get<{ doc: number | null; n: number | null }>(
    'SELECT (SELECT id FROM notices WHERE id = ?) AS doc, (SELECT MAX(version) FROM notice_versions WHERE notice_id = ?) AS n',
    [noticeId, noticeId],
  )
  return row?.doc == null ? undefined : (row.n ?? 0) + 1
}

export async function insertNoticeVersion(
  db: Queryable,
  noticeId: number,
  version: number,
  n: NewNoticeVersion,
  userId: number | null,
  now: string,
): Promise<void> {
  await db.run(
    `INSERT INTO notice_versions (notice_id, version, title, body, title_en, body_en, scope, scope_district, scope_stores,
       effective_date, created_by, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    [
      noticeId,
      version,
      n.title,
      n.body,
      n.titleEn || null,
      n.bodyEn || null,
      n.scope,
      n.scope === 'district' ? (n.district ?? null) : null,
      JSON.stringify(n.scope === 'stores' ? (n.stores ?? []) : []),
      n.effectiveDate,
      userId,
      now,
    ],
  )
}
