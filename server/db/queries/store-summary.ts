import type { Scope } from '../../../shared/scope.ts'
import type { Param, Queryable } from '../database.ts'
import { storeScopeSql } from '../sql.ts'

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
  const noStore = await db.get<{ revision: number }>(`SELECT revision FROM store_summary WHERE store_code = ''`)
  return [...stores, { storeCode: '', name: null, district: null, revision: noStore?.revision ?? null }]
}

/** Summaries of the given stores, or of every store when codes is undefined. */
export async function storeSummaries(db: Queryable, codes: readonly string[] | undefined): Promise<StoreSummaryRow[]> {
  if (codes === undefined) return db.all<StoreSummaryRow>(`SELECT ${COLUMNS} FROM store_summary`)
  if (codes.length === 0) return []
  return db.all<StoreSummaryRow>(`SELECT ${COLUMNS} FROM store_summary WHERE store_code IN (${codes.map(() => '?').join(', ')})`, [
    ...codes,
  ])
}
