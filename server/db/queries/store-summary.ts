import type { Scope } from '../../../shared/scope.ts'
import type { Param, Queryable } from '../database.ts'
import { givenConditions, storeScopeSql } from '../sql.ts'
import { openProblemSql } from './feedback.ts'

export interface StoreSummaryRow {
  storeCode: string
  total: number
  open: number
  byCategory: string
  closeHours: string
  dayAnchor: string
  days: string
  revision: number
}

const COLUMNS = `store_code AS storeCode, total, open, by_category AS byCategory, close_hours AS closeHours,
  day_anchor AS dayAnchor, days, revision`

export async function getStoreSummary(tx: Queryable, storeCode: string): Promise<StoreSummaryRow | undefined> {
  return tx.get<StoreSummaryRow>(`SELECT ${COLUMNS} FROM store_summary WHERE store_code = ?`, [storeCode])
}

/**
 * A store's summary, its revision counted up as the change it is read for:
 * the UPDATE takes the row's lock on PostgreSQL, so two submissions to one
 * store change it one after the other and neither count is lost.
 * undefined (and nothing locked) when the store has no summary yet.
 */
export async function takeStoreSummary(tx: Queryable, storeCode: string): Promise<StoreSummaryRow | undefined> {
  return tx.get<StoreSummaryRow>(`UPDATE store_summary SET revision = revision + 1 WHERE store_code = ? RETURNING ${COLUMNS}`, [storeCode])
}

/** Writes back a summary taken with takeStoreSummary. */
export async function updateStoreSummary(tx: Queryable, r: Omit<StoreSummaryRow, 'revision'>): Promise<void> {
  await tx.run(
    `UPDATE store_summary SET total = ?, open = ?, by_category = ?, close_hours = ?, day_anchor = ?, days = ? WHERE store_code = ?`,
    [r.total, r.open, r.byCategory, r.closeHours, r.dayAnchor, r.days, r.storeCode],
  )
}

/**
 * A store's first summary. A plain INSERT: when another transaction created
 * the row meanwhile (PostgreSQL, concurrent submissions) it fails with a
 * unique violation and the submission is run again, never overwriting it.
 */
export async function insertStoreSummary(tx: Queryable, r: Omit<StoreSummaryRow, 'revision'>): Promise<void> {
  await tx.run(
    `INSERT INTO store_summary (store_code, total, open, by_category, close_hours, day_anchor, days) VALUES (?, ?, ?, ?, ?, ?, ?)`,
    [r.storeCode, r.total, r.open, r.byCategory, r.closeHours, r.dayAnchor, r.days],
  )
}

export interface StoreRevision {
  storeCode: string
  name: string | null
  district: string | null
  /** null: the store has had no case yet. */
  revision: number | null
}

/**
 * The stores in a user's scope with their summary's revision, in district
 * and code order; then, for the whole-city view, the row of cases without a
 * store (code '', no name or district).
 */
export async function storeRevisionsInScope(db: Queryable, scope: Scope | undefined): Promise<StoreRevision[]> {
  const params: Param[] = []
  const stores = await db.all<StoreRevision>(
    `SELECT s.code AS storeCode, s.name, s.district, ss.revision
     FROM stores s LEFT JOIN store_summary ss ON ss.store_code = s.code
     WHERE ${storeScopeSql(scope, params, 's.')}
     ORDER BY s.district, s.code`,
    params,
  )
  if (scope) return stores
  const no_store = await db.get<{ revision: number }>(`SELECT revision FROM store_summary WHERE store_code = ''`)
  return [...stores, { storeCode: '', name: null, district: null, revision: no_store?.revision ?? null }]
}

/** Summaries of the given stores, or of every store when codes is undefined. */
export async function storeSummaries(db: Queryable, codes: readonly string[] | undefined): Promise<StoreSummaryRow[]> {
  if (codes === undefined) return db.all<StoreSummaryRow>(`SELECT ${COLUMNS} FROM store_summary`)
  if (codes.length === 0) return []
  return db.all<StoreSummaryRow>(`SELECT ${COLUMNS} FROM store_summary WHERE store_code IN (${codes.map(() => '?').join(', ')})`, [
    ...codes,
  ])
}

/** The orders the store table can take from the read model's columns (and, for overdue, the index of open cases). */
export type SummaryOrder = 'district' | 'total' | 'open' | 'overdue'

// Registry order (district, then code; the row of cases without a store
// last) breaks every tie, as the table did when it sorted in memory.
const ORDER_BY: Record<Exclude<SummaryOrder, 'district'>, string> = {
  total: 'total DESC, no_store, district, code',
  open: 'open DESC, total DESC, no_store, district, code',
  overdue: 'overdue DESC, total DESC, no_store, district, code',
}

export interface StoreFilter {
  district?: string
  /** Part of a station code, or of a name in lower case. */
  q?: string
}

/**
 * One page of the stores in a user's scope, filtered and ordered by the
 * database, with the number of stores that match; the row of cases without
 * a store is there only for the whole-city view with no filter. `now` is
 * the instant open problems past their due date count as overdue; the
 * overdue counts read only the partial index of open problems.
 */
export async function storeRevisionsPage(
  db: Queryable,
  scope: Scope | undefined,
  filter: StoreFilter,
  order: SummaryOrder,
  now: string,
  limit: number,
  offset: number,
): Promise<{ stores: StoreRevision[]; total: number }> {
  const whereParams: Param[] = []
  const where = [storeScopeSql(scope, whereParams, 's.'), ...givenConditions([['s.district = ?', filter.district]], whereParams)]
  if (filter.q) {
    where.push('(instr(s.code, ?) > 0 OR instr(lower(s.name), ?) > 0)')
    whereParams.push(filter.q, filter.q)
  }
  const withNoStore = !scope && !filter.district && !filter.q
  const count = db.get<{ n: number }>(`SELECT COUNT(*) AS n FROM stores s WHERE ${where.join(' AND ')}`, whereParams)
  if (order === 'district') {
    // Registry order walks the index on (district, code); the row of cases without a store is the last.
    const [stores, n] = await Promise.all([
      db.all<StoreRevision>(
        `SELECT s.code AS storeCode, s.name, s.district, ss.revision FROM stores s LEFT JOIN store_summary ss ON ss.store_code = s.code
         WHERE ${where.join(' AND ')} ORDER BY s.district, s.code LIMIT ? OFFSET ?`,
        [...whereParams, limit, offset],
      ),
      count,
    ])
    const storeCount = Number(n?.n ?? 0)
    if (withNoStore && offset <= storeCount && offset + limit > storeCount) {
      const noStore = await db.get<{ revision: number }>(`SELECT revision FROM store_summary WHERE store_code = ''`)
      stores.push({ storeCode: '', name: null, district: null, revision: noStore?.revision ?? null })
    }
    return { stores, total: storeCount + Number(withNoStore) }
  }
  const params: Param[] = []
  const byOverdue = order === 'overdue'
  const overdueOf = (where: string) => `(SELECT COUNT(*) FROM feedback f WHERE ${openProblemSql('f.')} AND f.due_at < ? AND ${where})`
  if (byOverdue) params.push(now)
  let rows = `SELECT s.code, s.name, s.district, ss.revision, COALESCE(ss.total, 0) AS total, COALESCE(ss.open, 0) AS open,
      ${byOverdue ? `COALESCE(od.n, 0)` : '0'} AS overdue, 0 AS no_store
    FROM stores s LEFT JOIN store_summary ss ON ss.store_code = s.code
    ${byOverdue ? `LEFT JOIN (SELECT f.store_code, COUNT(*) AS n FROM feedback f WHERE ${openProblemSql('f.')} AND f.due_at < ? GROUP BY f.store_code) od ON od.store_code = s.code` : ''}
    WHERE ${where.join(' AND ')}`
  params.push(...whereParams)
  if (withNoStore) {
    if (byOverdue) params.push(now)
    rows += ` UNION ALL SELECT '' AS code, NULL AS name, NULL AS district, ss.revision, COALESCE(ss.total, 0) AS total,
        COALESCE(ss.open, 0) AS open, ${byOverdue ? overdueOf('f.store_code IS NULL') : '0'} AS overdue, 1 AS no_store
      FROM (SELECT 1 AS one) one LEFT JOIN store_summary ss ON ss.store_code = ''`
  }
  const [stores, n] = await Promise.all([
    db.all<StoreRevision>(
      `SELECT code AS storeCode, name, district, revision FROM (${rows}) t ORDER BY ${ORDER_BY[order]} LIMIT ? OFFSET ?`,
      [...params, limit, offset],
    ),
    count,
  ])
  return { stores, total: Number(n?.n ?? 0) + Number(withNoStore) }
}
