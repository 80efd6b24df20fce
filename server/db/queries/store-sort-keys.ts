// The time-dependent sort keys of store_summary (overdue, due_soon, last7,
// today_count, prior28) and the instant they are right for (see
// 0200_store_sort_keys.sql and server/stats/sort-keys.ts).
import type { Param, Queryable } from '../database.ts'
import { openProblemSql } from './feedback.ts'

export interface KeysAsOf {
  /** '' before the first catch-up: every key is 0 then. */
  at: string
  soonEnd: string
  /** China day of `at`, and the first days of its 7-day and 28-day windows. */
  day: string
  weekFrom: string
  priorFrom: string
}

export async function keysAsOf(db: Queryable): Promise<KeysAsOf> {
  const k = await db.get<KeysAsOf>(
    `SELECT at, soon_end AS soonEnd, day, week_from AS weekFrom, prior_from AS priorFrom FROM store_keys_as_of WHERE id = 1`,
  )
  return k ?? { at: '', soonEnd: '', day: '', weekFrom: '', priorFrom: '' }
}

export async function setKeysAsOf(tx: Queryable, k: KeysAsOf): Promise<void> {
  await tx.run(`UPDATE store_keys_as_of SET at = ?, soon_end = ?, day = ?, week_from = ?, prior_from = ? WHERE id = 1`, [
    k.at,
    k.soonEnd,
    k.day,
    k.weekFrom,
    k.priorFrom,
  ])
}

// One SELECT per range of due dates, each reading a stretch of the partial
// index of open problems on due_at: left to itself SQLite prefers the status
// index and visits every open case (200 ms at 1M cases), so the index is
// named (dialect.ts drops INDEXED BY for PostgreSQL, which picks it anyway).
const perRange = (select: string, ranges: readonly (readonly [string, string])[], params: Param[]) => {
  for (const [from, to] of ranges) params.push(from, to)
  return ranges.map(() => `${select} FROM feedback INDEXED BY feedback_open_due WHERE ${openProblemSql()} AND due_at >= ? AND due_at <= ?`)
}

/** Whether any open problem is due within the (inclusive) ranges. */
export async function anyOpenDueIn(db: Queryable, ranges: readonly (readonly [string, string])[]): Promise<boolean> {
  const params: Param[] = []
  const exists = perRange('SELECT 1', ranges, params).map((q) => `EXISTS (${q})`)
  const row = await db.get<{ found: number }>(`SELECT CASE WHEN ${exists.join(' OR ')} THEN 1 ELSE 0 END AS found`, params)
  return Number(row?.found) === 1
}

/** The stores ('' for cases without one) with an open problem due within the (inclusive) ranges. */
export async function storesWithOpenDueIn(db: Queryable, ranges: readonly (readonly [string, string])[]): Promise<string[]> {
  const params: Param[] = []
  const rows = await db.all<{ code: string }>(perRange(`SELECT COALESCE(store_code, '') AS code`, ranges, params).join(' UNION '), params)
  return rows.map((r) => r.code)
}

/**
 * Counts overdue and due-soon open problems again, as of `at`, for the given
 * stores ('' for cases without one), or for every store.
 */
export async function recountDeadlines(tx: Queryable, at: string, soonEnd: string, codes?: readonly string[]): Promise<void> {
  const zeroParams: Param[] = []
  const params: Param[] = [at, at, soonEnd]
  let among = ''
  let which = 'overdue <> 0 OR due_soon <> 0'
  if (codes) {
    const stores = codes.filter((c) => c !== '')
    which = `store_code IN (${codes.map(() => '?').join(', ')})`
    zeroParams.push(...codes)
    const inList = stores.length > 0 ? `store_code IN (${stores.map(() => '?').join(', ')})` : '1 = 0'
    among = ` AND (${inList}${stores.length < codes.length ? ' OR store_code IS NULL' : ''})`
    params.push(...stores)
  }
  await tx.run(`UPDATE store_summary SET overdue = 0, due_soon = 0 WHERE ${which}`, zeroParams)
  await tx.run(
    `UPDATE store_summary SET overdue = d.overdue, due_soon = d.due_soon
     FROM (SELECT COALESCE(store_code, '') AS code, SUM(CASE WHEN due_at < ? THEN 1 ELSE 0 END) AS overdue,
             SUM(CASE WHEN due_at >= ? THEN 1 ELSE 0 END) AS due_soon
           FROM feedback WHERE ${openProblemSql()} AND due_at <= ?${among} GROUP BY COALESCE(store_code, '')) d
     WHERE store_summary.store_code = d.code`,
    params,
  )
}

/** Counts every store's last 7 days, today and the 28 days before today again (feedback_daily), as of `k.day`. */
export async function recountRecentDays(tx: Queryable, k: Pick<KeysAsOf, 'day' | 'weekFrom' | 'priorFrom'>): Promise<void> {
  await tx.run(`UPDATE store_summary SET last7 = 0, today_count = 0, prior28 = 0 WHERE last7 <> 0 OR today_count <> 0 OR prior28 <> 0`)
  await tx.run(
    `UPDATE store_summary SET last7 = d.last7, today_count = d.today, prior28 = d.prior28
     FROM (SELECT store_code AS code, SUM(CASE WHEN day >= ? THEN n ELSE 0 END) AS last7,
             SUM(CASE WHEN day = ? THEN n ELSE 0 END) AS today, SUM(CASE WHEN day < ? THEN n ELSE 0 END) AS prior28
           FROM feedback_daily WHERE day >= ? AND day <= ? GROUP BY store_code) d
     WHERE store_summary.store_code = d.code`,
    [k.weekFrom, k.day, k.day, k.priorFrom, k.day],
  )
}
