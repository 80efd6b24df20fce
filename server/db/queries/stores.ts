import type { Queryable } from '../database.ts'

export interface Store {
  code: string
  name: string
  district: string
  address: string
  supervisorName: string
  supervisorPhone: string
  active: boolean
}

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
    where.push(`(code LIKE ? ESCAPE '\\' OR name LIKE ? ESCAPE '\\' OR address LIKE ? ESCAPE '\\')`)
    const like = `%${s.q.replace(/[\\%_]/g, (m) => `\\${m}`)}%`
    params.push(like, like, like)
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

export async function insertStore(db: Queryable, store: Store, now: string): Promise<void> {
  await db.run(
    `INSERT INTO stores (code, name, district, address, supervisor_name, supervisor_phone, active, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    [store.code, store.name, store.district, store.address, store.supervisorName, store.supervisorPhone, store.active ? 1 : 0, now, now],
  )
}
