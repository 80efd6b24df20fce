// The numbers behind the dashboard and the store table. Everything comes
// from the rollups kept beside each write (store_summary, feedback_daily);
// the cases table is read only through its partial indexes of open and of
// new problems (praise is neither), for overdue, due-soon and unacknowledged.
import type { FeedbackKind } from '../../../shared/enums.ts'
import type { Scope } from '../../../shared/scope.ts'
import { placeholders, storeScopeSql } from '../sql.ts'
import type { Param, Queryable } from '../database.ts'
import { newProblemSql, openProblemSql } from './feedback.ts'

/** Every category's kind, retired ones included: their counts still belong to a kind. */
export async function categoryKinds(db: Queryable): Promise<Map<string, FeedbackKind>> {
  const rows = await db.all<{ id: string; kind: FeedbackKind }>('SELECT id, kind FROM categories')
  return new Map(rows.map((r) => [r.id, r.kind]))
}

// For a page's stores the partial indexes led by the store are named: left
// to itself SQLite reads every case of each store through feedback_store
// (0201_open_problems_by_store.sql). dialect.ts drops INDEXED BY for PostgreSQL.
const byStoreIndex = (codes: readonly string[] | undefined, index: string) => (codes === undefined ? '' : ` INDEXED BY ${index}`)

/** Open problems overdue and due soon per store, read through the partial index feedback_open_due (or, for some stores, feedback_open_store). */
export async function deadlinesByStore(db: Queryable, now: string, soonEnd: string, codes?: readonly string[]) {
  const params: Param[] = [now, now, soonEnd]
  return db.all<{ storeCode: string | null; overdue: number; dueSoon: number }>(
    `SELECT store_code AS storeCode, SUM(due_at < ?) AS overdue, SUM(due_at >= ?) AS dueSoon FROM feedback${byStoreIndex(codes, 'feedback_open_store')}
     WHERE ${openProblemSql()} AND due_at <= ?${amongStores(codes, params)} GROUP BY store_code`,
    params,
  )
}

/** ` AND` the case's store is one of `codes` ('' for cases without a store); nothing when codes is undefined. */
function amongStores(codes: readonly string[] | undefined, params: Param[]): string {
  if (codes === undefined) return ''
  const stores = codes.filter((c) => c !== '')
  params.push(...stores)
  return ` AND (store_code IN (${placeholders(stores.length)})${stores.length < codes.length ? ' OR store_code IS NULL' : ''})`
}

/** Open problems still `new` received before the acknowledge cutoff, per store (partial index feedback_new, or feedback_new_store for some stores). */
export async function unacknowledgedByStore(db: Queryable, ackCutoff: string, codes?: readonly string[]) {
  const params: Param[] = [ackCutoff]
  return db.all<{ storeCode: string | null; n: number }>(
    `SELECT store_code AS storeCode, COUNT(*) AS n FROM feedback${byStoreIndex(codes, 'feedback_new_store')}
     WHERE ${newProblemSql()} AND received_at < ?${amongStores(codes, params)} GROUP BY store_code`,
    params,
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
