// The staff views of cases: the inbox with its filters and counts, one case
// with its store, and keyset pages for the CSV export.
import type { CaseSort } from '../../../shared/staff-schemas.ts'
import type { CaseStatus, Channel, FeedbackKind } from '../../../shared/enums.ts'
import type { Scope } from '../../../shared/scope.ts'
import type { Param, Queryable } from '../database.ts'
import { containsSql, notHiddenFromSql, placeholders } from '../sql.ts'
import { newProblemSql, openProblemSql } from './feedback.ts'

export interface CaseRow {
  id: string
  receipt: string
  storeCode: string | null
  storeName: string | null
  district: string | null
  supervisorName: string | null
  kind: FeedbackKind
  categoryId: string
  labelZh: string
  labelEn: string
  message: string
  contactName: string | null
  contactPhone: string | null
  anonymous: number
  channel: Channel
  status: CaseStatus
  assigneeId: number | null
  assignee: string | null
  createdAt: string
  receivedAt: string
  updatedAt: string
  dueAt: string
  closedAt: string | null
  staffUpdatedAt: string | null
  reporterUpdatedAt: string | null
  /** 1 while the reporter's "not fixed" awaits a new resolution. */
  notFixed: number
  /** The supervisor's visit that found it (channel `inspection`). */
  visitId: string | null
  purgedAt: string | null
}

const SELECT = `SELECT f.id, f.receipt, f.store_code AS storeCode, s.name AS storeName, s.district,
    s.supervisor_name AS supervisorName, f.kind, f.category_id AS categoryId, c.label_zh AS labelZh,
    c.label_en AS labelEn, f.message, f.contact_name AS contactName, f.contact_phone AS contactPhone,
    f.anonymous, f.channel, f.status, f.assignee_id AS assigneeId, u.username AS assignee,
    f.created_at AS createdAt, f.received_at AS receivedAt, f.updated_at AS updatedAt, f.due_at AS dueAt,
    f.closed_at AS closedAt, f.staff_updated_at AS staffUpdatedAt, f.reporter_updated_at AS reporterUpdatedAt,
    f.not_fixed AS notFixed, f.visit_id AS visitId, f.purged_at AS purgedAt
  FROM feedback f
  LEFT JOIN stores s ON s.code = f.store_code
  JOIN categories c ON c.id = f.category_id
  LEFT JOIN users u ON u.id = f.assignee_id`

export async function getCase(db: Queryable, id: string): Promise<CaseRow | undefined> {
  return db.get<CaseRow>(`${SELECT} WHERE f.id = ?`, [id])
}

export interface CaseFilter {
  /** A supervisor's districts and stores; undefined for the whole city. */
  scope?: Scope | undefined
  /** Leave out conflict-of-interest cases (supervisors). */
  hideConflictsFor: number | undefined
  district?: string | undefined
  store?: string | undefined
  kind?: FeedbackKind | undefined
  channel?: Channel | undefined
  category?: string | undefined
  statuses?: readonly CaseStatus[] | undefined
  /** Only open problems: an open status and not praise. */
  openProblems?: boolean | undefined
  /** A username, or 'none' for unassigned. */
  assignee?: string | undefined
  overdue?: boolean | undefined
  dueSoon?: boolean | undefined
  ackOverdue?: boolean | undefined
  /** Only cases whose reporter said the last resolution did not fix it. */
  notFixed?: boolean | undefined
  /** Received at or after this instant. */
  from?: string | undefined
  /** Received before this instant. */
  to?: string | undefined
  q?: string | undefined
  now: string
  /** End of the next working day: open cases due by then are "due soon". */
  soonEnd: string
  /** Cases still `new` that were received before this are late to be acknowledged. */
  ackCutoff: string
}


/** WHERE clauses for everything but status, overdue and due-soon (the dimensions the counts break down). */
function baseWhere(f: CaseFilter, params: Param[]): string[] {
  const where: string[] = []
  if (f.scope) {
    where.push(`(s.district IN (${placeholders(f.scope.districts.length)}) OR f.store_code IN (${placeholders(f.scope.stores.length)}))`)
    params.push(...f.scope.districts, ...f.scope.stores)
  }
  if (f.hideConflictsFor !== undefined) where.push(notHiddenFromSql(f.hideConflictsFor, params))
  const eq = (sql: string, value: string | undefined) => {
    if (value === undefined) return
    where.push(sql)
    params.push(value)
  }
  eq('s.district = ?', f.district)
  eq('f.store_code = ?', f.store)
  eq('f.kind = ?', f.kind)
  eq('f.channel = ?', f.channel)
  eq('f.category_id = ?', f.category)
  if (f.assignee === 'none') where.push('f.assignee_id IS NULL')
  else eq('u.username = ?', f.assignee)
  eq('f.received_at >= ?', f.from)
  eq('f.received_at < ?', f.to)
  if (f.notFixed) where.push('f.not_fixed = 1')
  if (f.q) {
    where.push(containsSql(['f.message', 'f.receipt', 'f.store_code', 's.name'], f.q, params))
  }
  return where
}

// Praise is never open, overdue, due soon or late to be acknowledged (isOpenProblem).
const OPEN_PROBLEM_SQL = `(${openProblemSql('f.')})`
const OVERDUE_SQL = `(${openProblemSql('f.')} AND f.due_at < ?)`
const DUE_SOON_SQL = `(${openProblemSql('f.')} AND f.due_at >= ? AND f.due_at <= ?)`
const ACK_OVERDUE_SQL = `(${newProblemSql('f.')} AND f.received_at < ?)`

function fullWhere(f: CaseFilter, params: Param[]): string {
  const where = baseWhere(f, params)
  if (f.statuses?.length) {
    where.push(`f.status IN (${placeholders(f.statuses.length)})`)
    params.push(...f.statuses)
  }
  if (f.openProblems) where.push(OPEN_PROBLEM_SQL)
  if (f.overdue) {
    where.push(OVERDUE_SQL)
    params.push(f.now)
  }
  if (f.dueSoon) {
    where.push(DUE_SOON_SQL)
    params.push(f.now, f.soonEnd)
  }
  if (f.ackOverdue) {
    where.push(ACK_OVERDUE_SQL)
    params.push(f.ackCutoff)
  }
  return where.length ? `WHERE ${where.join(' AND ')}` : ''
}

const SORT_COLUMNS: Record<CaseSort, string> = { received: 'f.received_at', due: 'f.due_at', updated: 'f.updated_at' }

export async function listCases(
  db: Queryable,
  f: CaseFilter,
  page: { sort: CaseSort; order: 'asc' | 'desc'; limit: number; offset: number },
): Promise<{ items: CaseRow[]; total: number }> {
  const params: Param[] = []
  const where = fullWhere(f, params)
  const dir = page.order === 'asc' ? 'ASC' : 'DESC'
  const items = await db.all<CaseRow>(`${SELECT} ${where} ORDER BY ${SORT_COLUMNS[page.sort]} ${dir}, f.id ${dir} LIMIT ? OFFSET ?`, [
    ...params,
    page.limit,
    page.offset,
  ])
  const count = await db.get<{ n: number }>(
    `SELECT COUNT(*) AS n FROM feedback f LEFT JOIN stores s ON s.code = f.store_code
     LEFT JOIN users u ON u.id = f.assignee_id ${where}`,
    params,
  )
  return { items, total: count?.n ?? 0 }
}

export interface StatusCount {
  status: CaseStatus
  n: number
  overdue: number
  dueSoon: number
  ackOverdue: number
  /** Of `n`, the open problems (none unless the status is open). */
  open: number
}

/** Per status under every filter except status, overdue and due-soon, so the counts can label those tabs. */
export async function countCases(db: Queryable, f: CaseFilter): Promise<StatusCount[]> {
  const params: Param[] = [f.now, f.now, f.soonEnd, f.ackCutoff]
  const where = baseWhere(f, params)
  return db.all<StatusCount>(
    `SELECT f.status, COUNT(*) AS n, SUM(${OVERDUE_SQL}) AS overdue, SUM(${DUE_SOON_SQL}) AS dueSoon,
       SUM(${ACK_OVERDUE_SQL}) AS ackOverdue, SUM(${OPEN_PROBLEM_SQL}) AS open
     FROM feedback f LEFT JOIN stores s ON s.code = f.store_code LEFT JOIN users u ON u.id = f.assignee_id
     ${where.length ? `WHERE ${where.join(' AND ')}` : ''} GROUP BY f.status`,
    params,
  )
}

/** One page of the export, oldest first, after the (receivedAt, id) key of the last row sent. */
export async function exportPage(
  db: Queryable,
  f: CaseFilter,
  after: { receivedAt: string; id: string } | null,
  limit: number,
): Promise<CaseRow[]> {
  const params: Param[] = []
  let where = fullWhere(f, params)
  if (after) {
    where = `${where ? `${where} AND` : 'WHERE'} (f.received_at, f.id) > (?, ?)`
    params.push(after.receivedAt, after.id)
  }
  return db.all<CaseRow>(`${SELECT} ${where} ORDER BY f.received_at, f.id LIMIT ?`, [...params, limit])
}
