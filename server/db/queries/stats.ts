// The numbers behind the dashboard and the store table. Everything comes
// from the counters and rollups kept beside each write (feedback_counts,
// feedback_daily, feedback_close_hours); the cases table is read only
// through its partial index of open cases, for overdue and due-soon.
import type { FeedbackKind } from '../../../shared/enums.ts'
import type { Scope } from '../../auth/scope.ts'
import type { Param, Queryable } from '../database.ts'
import { OPEN_SQL } from './feedback.ts'

export interface StoreIdentity {
  code: string
  name: string
  district: string
}

const placeholders = (n: number) => Array.from({ length: n }, () => '?').join(', ') || 'NULL'

function storeScopeSql(scope: Scope | undefined, params: Param[]): string {
  if (!scope) return '1 = 1'
  params.push(...scope.districts, ...scope.stores)
  return `(district IN (${placeholders(scope.districts.length)}) OR code IN (${placeholders(scope.stores.length)}))`
}

export async function storesInScope(db: Queryable, scope: Scope | undefined): Promise<StoreIdentity[]> {
  const params: Param[] = []
  return db.all<StoreIdentity>(`SELECT code, name, district FROM stores WHERE ${storeScopeSql(scope, params)} ORDER BY district, code`, params)
}

export async function counters(db: Queryable) {
  return db.all<{ storeCode: string; kind: FeedbackKind; categoryId: string; isOpen: number; n: number }>(
    `SELECT fc.store_code AS storeCode, c.kind, fc.category_id AS categoryId, fc.is_open AS isOpen, fc.n
     FROM feedback_counts fc JOIN categories c ON c.id = fc.category_id WHERE fc.n <> 0`,
  )
}

/** Open cases overdue and due soon per store, read through the partial index feedback_open_due. */
export async function deadlinesByStore(db: Queryable, now: string, soonEnd: string) {
  return db.all<{ storeCode: string | null; overdue: number; dueSoon: number }>(
    `SELECT store_code AS storeCode, SUM(due_at < ?) AS overdue, SUM(due_at >= ?) AS dueSoon FROM feedback
     WHERE status IN ${OPEN_SQL} AND due_at <= ? GROUP BY store_code`,
    [now, now, soonEnd],
  )
}

/** Cases still `new` received before the acknowledge cutoff, per store (index feedback_status). */
export async function unacknowledgedByStore(db: Queryable, ackCutoff: string) {
  return db.all<{ storeCode: string | null; n: number }>(
    `SELECT store_code AS storeCode, COUNT(*) AS n FROM feedback WHERE status = 'new' AND received_at < ? GROUP BY store_code`,
    [ackCutoff],
  )
}

export interface DayWindows {
  today: string
  since7: string
  since28: string
  since30: string
  since90: string
}

/** Submissions per store over the last 7/30/90 days, today, and the 28 days before today. */
export async function windowsByStore(db: Queryable, w: DayWindows) {
  return db.all<{ storeCode: string; last7: number; last30: number; last90: number; today: number; prior28: number }>(
    `SELECT store_code AS storeCode,
       SUM(CASE WHEN day >= ? THEN n ELSE 0 END) AS last7,
       SUM(CASE WHEN day >= ? THEN n ELSE 0 END) AS last30,
       SUM(n) AS last90,
       SUM(CASE WHEN day = ? THEN n ELSE 0 END) AS today,
       SUM(CASE WHEN day >= ? AND day < ? THEN n ELSE 0 END) AS prior28
     FROM feedback_daily WHERE day >= ? AND day <= ? GROUP BY store_code`,
    [w.since7, w.since30, w.today, w.since28, w.today, w.since90, w.today],
  )
}

export async function closeHours(db: Queryable) {
  return db.all<{ storeCode: string; hours: number; n: number }>(
    'SELECT store_code AS storeCode, hours, n FROM feedback_close_hours WHERE n <> 0',
  )
}

/** Submissions per day since a date, for the stores in scope (or one store). */
export async function dailyTotals(db: Queryable, since: string, scope: Scope | undefined, storeCode?: string) {
  const params: Param[] = [since]
  let where = 'day >= ?'
  if (storeCode !== undefined) {
    where += ' AND store_code = ?'
    params.push(storeCode)
  } else if (scope) {
    where += ` AND store_code IN (SELECT code FROM stores WHERE ${storeScopeSql(scope, params)})`
  }
  return db.all<{ day: string; n: number }>(`SELECT day, SUM(n) AS n FROM feedback_daily WHERE ${where} GROUP BY day`, params)
}
