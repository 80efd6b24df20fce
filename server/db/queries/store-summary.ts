import type { Scope } from '../../../shared/scope.ts'
import type { Param, Queryable } from '../database.ts'
import { givenConditions, jsonRows, storeScopeSql } from '../sql.ts'

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
 * The stores' summaries, each revision counted up as the change it is read
 * for: the UPDATE takes the rows' locks on PostgreSQL, so two writes to one
 * store change it one after the other and neither count is lost. A store
 * without a summary yet is left out (and nothing of it locked).
 */
export async function takeStoreSummaries(tx: Queryable, storeCodes: readonly string[]): Promise<StoreSummaryRow[]> {
  return tx.all<StoreSummaryRow>(
    `UPDATE store_summary SET revision = revision + 1 WHERE store_code IN (SELECT value ->> 'code' FROM jsonb_each(?)) RETURNING ${COLUMNS}`,
    [jsonRows(storeCodes.map((code) => ({ code })))],
  )
}

/**
 * What one change does to a store's time-dependent sort keys, which the
 * database applies as of the instant in store_keys_as_of
 * (server/stats/sort-keys.ts): `open` open problems due at `dueAt` come or
 * go, and `received` cases received on the China day `day` are added.
 */
export interface KeysChange {
  storeCode: string
  dueAt: string
  open: number
  day: string
  received: number
}

/**
 * Writes back summaries taken with takeStoreSummaries, with what the
 * changes do to their sort keys, in one statement however many stores and
 * changes: the keys' rules are here and nowhere else in the write path. A
 * store with no change listed keeps its keys.
 */
export async function updateStoreSummaries(
  tx: Queryable,
  rows: readonly Omit<StoreSummaryRow, 'revision'>[],
  changes: readonly KeysChange[],
): Promise<void> {
  if (rows.length === 0 || changes.length === 0) return
  const int = (field: string) => `CAST(value ->> '${field}' AS INTEGER)`
  const summed = (sql: string, n: 'open' | 'received') => `SUM(CASE WHEN ${sql} THEN c.${n} ELSE 0 END)`
  await tx.run(
    `WITH s AS (
         SELECT value ->> 'storeCode' AS code, ${int('total')} AS total, ${int('open')} AS open, value ->> 'byCategory' AS by_category,
           value ->> 'closeHours' AS close_hours, value ->> 'dayAnchor' AS day_anchor, value ->> 'days' AS days
         FROM jsonb_each(?)),
       c AS (
         SELECT value ->> 'storeCode' AS code, value ->> 'dueAt' AS due_at, ${int('open')} AS open, value ->> 'day' AS day,
           ${int('received')} AS received
         FROM jsonb_each(?)),
       d AS (
         SELECT c.code, ${summed('c.due_at < k.at', 'open')} AS overdue, ${summed('c.due_at >= k.at AND c.due_at <= k.soon_end', 'open')} AS due_soon,
           ${summed('c.day >= k.week_from AND c.day <= k.day', 'received')} AS last7, ${summed('c.day = k.day', 'received')} AS today_count,
           ${summed('c.day >= k.prior_from AND c.day < k.day', 'received')} AS prior28
         FROM c CROSS JOIN store_keys_as_of k GROUP BY c.code)
     UPDATE store_summary SET total = s.total, open = s.open, by_category = s.by_category, close_hours = s.close_hours,
       day_anchor = s.day_anchor, days = s.days,
       overdue = store_summary.overdue + COALESCE(d.overdue, 0), due_soon = store_summary.due_soon + COALESCE(d.due_soon, 0),
       last7 = store_summary.last7 + COALESCE(d.last7, 0), today_count = store_summary.today_count + COALESCE(d.today_count, 0),
       prior28 = store_summary.prior28 + COALESCE(d.prior28, 0)
     FROM s LEFT JOIN d ON d.code = s.code WHERE store_summary.store_code = s.code`,
    [jsonRows(rows), jsonRows(changes)],
  )
}

/**
 * Empty first summaries for stores that have none (every store gets one
 * when it is registered, so this is rare: the row of cases without a
 * store). A plain INSERT: when another transaction created one meanwhile
 * (PostgreSQL, concurrent submissions) it fails with a unique violation and
 * the write is run again, never overwriting it.
 */
export async function insertStoreSummaries(tx: Queryable, storeCodes: readonly string[]): Promise<void> {
  if (storeCodes.length === 0) return
  await tx.run(
    `INSERT INTO store_summary (store_code, district)
     SELECT value ->> 'code', (SELECT s.district FROM stores s WHERE s.code = value ->> 'code') FROM jsonb_each(?)`,
    [jsonRows(storeCodes.map((code) => ({ code })))],
  )
}

/** An open problem of the store ('' for none) now due at `to` instead of `from`, in the overdue and due-soon keys. */
export async function changeDeadline(tx: Queryable, storeCode: string | null, from: string, to: string): Promise<void> {
  const counted = (sql: string) => `CASE WHEN ${sql} THEN 1 ELSE 0 END`
  await tx.run(
    `UPDATE store_summary SET overdue = store_summary.overdue + ${counted('? < k.at')} - ${counted('? < k.at')},
       due_soon = store_summary.due_soon + ${counted('? >= k.at AND ? <= k.soon_end')} - ${counted('? >= k.at AND ? <= k.soon_end')}
     FROM store_keys_as_of k WHERE store_summary.store_code = ?`,
    [to, from, to, to, from, from, storeCode ?? ''],
  )
}

/** A registered store's summary row, with its district kept in step with the registry (created empty when new). */
export async function keepStoreSummaryRow(tx: Queryable, storeCode: string, district: string): Promise<void> {
  await tx.run(
    `INSERT INTO store_summary (store_code, district) VALUES (?, ?) ON CONFLICT (store_code) DO UPDATE SET district = excluded.district`,
    [storeCode, district],
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

/** One registered store with its summary's revision. */
export async function storeRevision(db: Queryable, code: string): Promise<StoreRevision | undefined> {
  return db.get<StoreRevision>(
    `SELECT s.code AS storeCode, s.name, s.district, ss.revision FROM stores s LEFT JOIN store_summary ss ON ss.store_code = s.code WHERE s.code = ?`,
    [code],
  )
}

/** Summaries of the given stores, or of every store when codes is undefined. */
export async function storeSummaries(db: Queryable, codes: readonly string[] | undefined): Promise<StoreSummaryRow[]> {
  if (codes === undefined) return db.all<StoreSummaryRow>(`SELECT ${COLUMNS} FROM store_summary`)
  if (codes.length === 0) return []
  return db.all<StoreSummaryRow>(`SELECT ${COLUMNS} FROM store_summary WHERE store_code IN (${codes.map(() => '?').join(', ')})`, [
    ...codes,
  ])
}

/** The orders the store table takes from the read model's columns and indexes. */
export type SummaryOrder = 'district' | 'total' | 'open' | 'overdue' | 'last7' | 'attention'

// Each order is an index of store_summary (0200_store_sort_keys.sql), ending
// in the tie-break: total, then registry order (the row of cases without a
// store last, district, code). Within one district the index is led by it.
const orderBy = (order: Exclude<SummaryOrder, 'district'>, inDistrict: boolean): string =>
  [order === 'total' ? [] : [`ss.${order} DESC`], 'ss.total DESC', inDistrict ? [] : ['ss.no_store', 'ss.district'], 'ss.store_code']
    .flat()
    .join(', ')

export interface StoreFilter {
  district?: string
  /** Part of a station code, or of a name in lower case. */
  q?: string
}

/**
 * One page of the stores in a user's scope, filtered and ordered by the
 * database, with the number of stores that match; the row of cases without
 * a store is there only for the whole-city view with no filter. The orders
 * by overdue, last 7 days and attention are as of the instant of
 * store_keys_as_of: the caller catches the keys up first (sort-keys.ts).
 */
export async function storeRevisionsPage(
  db: Queryable,
  scope: Scope | undefined,
  filter: StoreFilter,
  order: SummaryOrder,
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
  // Every store has a summary row: walk the order's index and join the page's names.
  const params: Param[] = []
  const conditions = [storeScopeSql(scope, params, 's.')]
  if (filter.district) {
    conditions.push('ss.district = ?')
    params.push(filter.district)
  }
  if (filter.q) {
    conditions.push('(instr(s.code, ?) > 0 OR instr(lower(s.name), ?) > 0)')
    params.push(filter.q, filter.q)
  }
  if (!withNoStore) conditions.push(`ss.store_code <> ''`)
  const [stores, n] = await Promise.all([
    db.all<StoreRevision>(
      `SELECT ss.store_code AS storeCode, s.name, ss.district, ss.revision
       FROM store_summary ss LEFT JOIN stores s ON s.code = ss.store_code
       WHERE ${conditions.join(' AND ')} ORDER BY ${orderBy(order, filter.district !== undefined && filter.district !== '')} LIMIT ? OFFSET ?`,
      [...params, limit, offset],
    ),
    count,
  ])
  return { stores, total: Number(n?.n ?? 0) + Number(withNoStore) }
}
