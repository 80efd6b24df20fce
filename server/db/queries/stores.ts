import type { StoreRecord } from '../../../shared/api-types.ts'
import type { Scope } from '../../../shared/scope.ts'
import type { Param, Queryable } from '../database.ts'
import { containsSql, placeholders, storeScopeSql } from '../sql.ts'

export type Store = StoreRecord

const COLUMNS = `code, name, district, address, supervisor_name AS supervisorName,
  supervisor_phone AS supervisorPhone, active`

type StoreRow = Omit<Store, 'active'> & { active: number }
const toStore = (row: StoreRow): Store => ({ ...row, active: row.active === 1 })

export async function getStore(db: Queryable, code: string): Promise<Store | undefined> {
  const row = await db.get<StoreRow>(`SELECT ${COLUMNS} FROM stores WHERE code = ?`, [code])
  return row && toStore(row)
}

export interface StoreSearch {
  q?: string | undefined
  district?: string | undefined
  limit: number
  offset: number
}

/** The public directory: active stores only, by district then code. */
export async function searchStores(db: Queryable, s: StoreSearch): Promise<{ items: Store[]; total: number }> {
  const where = ['active = 1']
  const params: (string | number)[] = []
  if (s.district) {
    where.push('district = ?')
    params.push(s.district)
  }
  if (s.q) {
    where.push(containsSql(['code', 'name', 'address'], s.q, params))
  }
  const clause = where.join(' AND ')
  const rows = await db.all<StoreRow>(`SELECT ${COLUMNS} FROM stores WHERE ${clause} ORDER BY district, code LIMIT ? OFFSET ?`, [
    ...params,
    s.limit,
    s.offset,
  ])
  const count = await db.get<{ n: number }>(`SELECT COUNT(*) AS n FROM stores WHERE ${clause}`, params)
  return { items: rows.map(toStore), total: count?.n ?? 0 }
}

export async function listDistricts(db: Queryable): Promise<string[]> {
  const rows = await db.all<{ district: string }>('SELECT DISTINCT district FROM stores WHERE active = 1 ORDER BY district')
  return rows.map((r) => r.district)
}

/** Of `names`, those no store of the registry (active or not) lies in. */
export async function unknownDistricts(db: Queryable, names: readonly string[]): Promise<string[]> {
  if (names.length === 0) return []
  const rows = await db.all<{ district: string }>(`SELECT DISTINCT district FROM stores WHERE district IN (${placeholders(names.length)})`, [...names])
  const known = new Set(rows.map((r) => r.district))
  return names.filter((n) => !known.has(n))
}

export async function insertStore(db: Queryable, store: Store, now: string): Promise<void> {
  await db.run(
    `INSERT INTO stores (code, name, district, address, supervisor_name, supervisor_phone, active, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    [store.code, store.name, store.district, store.address, store.supervisorName, store.supervisorPhone, store.active ? 1 : 0, now, now],
  )
}

/** Every store (inactive included), for the import's comparison. */
export async function allStores(db: Queryable): Promise<Store[]> {
  const rows = await db.all<StoreRow>(`SELECT ${COLUMNS} FROM stores ORDER BY code`)
  return rows.map(toStore)
}

/** Stores to print posters for: active ones, of one district or a list of districts or all. */
/** Licensed stores in one district (when given) within a user's scope. */
export async function activeStoresIn(db: Queryable, district: string | undefined, scope: Scope | undefined): Promise<Store[]> {
  const params: Param[] = []
  const where = [storeScopeSql(scope, params)]
  if (district) {
    where.push('district = ?')
    params.push(district)
  }
  const rows = await db.all<StoreRow>(`SELECT ${COLUMNS} FROM stores WHERE active = 1 AND ${where.join(' AND ')} ORDER BY district, code`, params)
  return rows.map(toStore)
}

export interface AdminStoreSearch {
  code?: string | undefined
  q?: string | undefined
  district?: string | undefined
  /** A supervisor's part of the city; undefined for the whole city. */
  scope?: Scope | undefined
  active?: boolean | undefined
  limit: number
  offset: number
}

export interface AdminStoreRow extends Store {
  posterVersion: string | null
  posterIssuedAt: string | null
}

/** The console's registry: inactive stores included, with the poster last issued. */
export async function searchStoresAdmin(db: Queryable, s: AdminStoreSearch): Promise<{ items: AdminStoreRow[]; total: number }> {
  const where = ['1 = 1']
  const params: Param[] = []
  where.push(storeScopeSql(s.scope, params, 's.'))
  if (s.code) {
    where.push('s.code = ?')
    params.push(s.code)
  }
  if (s.district) {
    where.push('s.district = ?')
    params.push(s.district)
  }
  if (s.active !== undefined) {
    where.push('s.active = ?')
    params.push(s.active ? 1 : 0)
  }
  if (s.q) {
    where.push(containsSql(['s.code', 's.name', 's.supervisor_name'], s.q, params))
  }
  const clause = where.join(' AND ')
  const rows = await db.all<StoreRow & { posterVersion: string | null; posterIssuedAt: string | null }>(
    `SELECT s.code, s.name, s.district, s.address, s.supervisor_name AS supervisorName, s.supervisor_phone AS supervisorPhone,
       s.active, p.version AS posterVersion, p.issued_at AS posterIssuedAt
     FROM stores s LEFT JOIN store_posters p ON p.store_code = s.code
     WHERE ${clause} ORDER BY s.district, s.code LIMIT ? OFFSET ?`,
    [...params, s.limit, s.offset],
  )
  const count = await db.get<{ n: number }>(`SELECT COUNT(*) AS n FROM stores s WHERE ${clause}`, params)
  return { items: rows.map((r) => ({ ...r, active: r.active === 1 })), total: count?.n ?? 0 }
}

/** Writes every field but the code; deactivating keeps the row and its history. */
export async function updateStore(db: Queryable, store: Store, now: string): Promise<void> {
  await db.run(
    `UPDATE stores SET name = ?, district = ?, address = ?, supervisor_name = ?, supervisor_phone = ?, active = ?, updated_at = ?
     WHERE code = ?`,
    [store.name, store.district, store.address, store.supervisorName, store.supervisorPhone, store.active ? 1 : 0, now, store.code],
  )
}
