// The district rollup (table district_counts, migration 0210) and the few
// reads of the cases the whole-city dashboard still needs: counts through
// the partial indexes of open and of new problems, and today's busiest
// stores for the burst flag.
import type { Queryable } from '../database.ts'
import { jsonRows, placeholders } from '../sql.ts'
import { newProblemSql, openProblemSql } from './feedback.ts'

export interface CountDelta {
  kind: string
  item: string
  n: number
}

/** A change to one number of a store's district. */
export interface StoreCountDelta extends CountDelta {
  /** '' for cases without a store. */
  storeCode: string
}

/**
 * Adds the deltas to the rows of each store's district (the district it is
 * in now; '' for cases without a store) in `shard`, in one statement however
 * many stores: deltas of one row are summed first (an upsert may change a
 * row only once), and rows are changed in key order, so two writers never
 * wait on each other crosswise. Each store's district is looked up once,
 * by key: as a plain join PostgreSQL might hash every store.
 */
export async function addDistrictCounts(tx: Queryable, shard: number, deltas: readonly StoreCountDelta[]): Promise<void> {
  const given = deltas.filter((d) => d.n !== 0)
  if (given.length === 0) return
  // WHERE true: SQLite reads an upsert's SELECT without a WHERE as ambiguous.
  await tx.run(
    `WITH v AS (
         SELECT value ->> 'kind' AS kind, value ->> 'item' AS item, value ->> 'storeCode' AS code, CAST(value ->> 'n' AS INTEGER) AS n
         FROM jsonb_each(?)),
       d AS (SELECT s.code, s.district FROM stores s WHERE s.code IN (SELECT code FROM v))
     INSERT INTO district_counts (kind, item, district, shard, n)
     SELECT v.kind, v.item, COALESCE(d.district, ''), CAST(? AS INTEGER), SUM(v.n) FROM v LEFT JOIN d ON d.code = v.code WHERE true
     GROUP BY 1, 2, 3 HAVING SUM(v.n) <> 0 ORDER BY 1, 2, 3
     ON CONFLICT (kind, item, district, shard) DO UPDATE SET n = district_counts.n + excluded.n`,
    [jsonRows(given), shard],
  )
}

/** Moves counts from one district to another (a store changing district), shard kept. */
export async function moveDistrictCounts(tx: Queryable, from: string, to: string, shard: number, deltas: readonly CountDelta[]): Promise<void> {
  if (deltas.length === 0) return
  for (const [district, sign] of [[from, -1], [to, 1]] as const) {
    const values = deltas.map(() => '(CAST(? AS TEXT), CAST(? AS TEXT), CAST(? AS INTEGER))').join(', ')
    await tx.run(
      `INSERT INTO district_counts (kind, item, district, shard, n)
       SELECT v.column1, v.column2, CAST(? AS TEXT), CAST(? AS INTEGER), v.column3 FROM (VALUES ${values}) v WHERE 1 = 1
       ON CONFLICT (kind, item, district, shard) DO UPDATE SET n = n + excluded.n`,
      [district, shard, ...deltas.flatMap((d) => [d.kind, d.item, sign * d.n])],
    )
  }
}

export interface DistrictCount {
  kind: string
  item: string
  district: string
  n: number
}

/**
 * The numbers of the given kinds, summed over the shards, per district (''
 * for cases without a store). Named kinds, not "all but the days": the
 * days grow by a row per district and shard each day and are read apart.
 */
export async function districtCounts(db: Queryable, kinds: readonly string[]): Promise<DistrictCount[]> {
  return db.all<DistrictCount>(
    `SELECT kind, item, district, SUM(n) AS n FROM district_counts WHERE kind IN (${placeholders(kinds.length)}) GROUP BY kind, item, district`,
    [...kinds],
  )
}

/** Submissions per China date since `since`, the whole city. */
export async function cityDays(db: Queryable, since: string): Promise<{ day: string; n: number }[]> {
  return db.all(`SELECT item AS day, SUM(n) AS n FROM district_counts WHERE kind = 'day' AND item >= ? GROUP BY item`, [since])
}

/**
 * The districts that have stores, in registry order. Walks the index on
 * stores (district, code) one district at a time instead of reading every
 * store: a handful of lookups for 200,000 stores.
 */
export async function storeDistricts(db: Queryable): Promise<string[]> {
  const rows = await db.all<{ district: string }>(
    `WITH RECURSIVE d(district) AS (
       SELECT MIN(district) FROM stores
       UNION ALL
       SELECT (SELECT MIN(s.district) FROM stores s WHERE s.district > d.district) FROM d WHERE d.district IS NOT NULL
     )
     SELECT district FROM d WHERE district IS NOT NULL ORDER BY district`,
  )
  return rows.map((r) => r.district)
}

/**
 * Open problems overdue and due soon, the whole city, through the partial
 * index feedback_open_due. CASE rather than SUM over a condition: on
 * PostgreSQL that SUM is a SQL-language aggregate (0140), six times slower.
 */
export async function cityDeadlines(db: Queryable, now: string, soonEnd: string): Promise<{ overdue: number; dueSoon: number }> {
  const row = await db.get<{ overdue: number | null; dueSoon: number | null }>(
    `SELECT SUM(CASE WHEN due_at < ? THEN 1 ELSE 0 END) AS overdue, SUM(CASE WHEN due_at >= ? THEN 1 ELSE 0 END) AS dueSoon
     FROM feedback WHERE ${openProblemSql()} AND due_at <= ?`,
    [now, now, soonEnd],
  )
  return { overdue: Number(row?.overdue ?? 0), dueSoon: Number(row?.dueSoon ?? 0) }
}

/** Open problems due before `day` (a UTC date, 'YYYY-MM-DD'), per district, from the rollup's due dates. */
export async function dueBeforeByDistrict(db: Queryable, day: string): Promise<{ district: string; n: number }[]> {
  return db.all(`SELECT district, SUM(n) AS n FROM district_counts WHERE kind = 'due' AND item < ? GROUP BY district`, [day])
}

/**
 * Open problems due from `from` until before `now` (the part of today already
 * past), per district of their store, cases without a store left out. The
 * district is looked up case by case in the index on stores (code,
 * district): as a join PostgreSQL would hash all 200,000 stores to match a
 * few hundred cases.
 */
export async function dueBetweenByDistrict(db: Queryable, from: string, now: string): Promise<{ district: string; n: number }[]> {
  return db.all(
    `SELECT (SELECT s.district FROM stores s WHERE s.code = f.store_code) AS district, COUNT(*) AS n FROM feedback f
     WHERE ${openProblemSql('f.')} AND f.due_at >= ? AND f.due_at < ? AND f.store_code IS NOT NULL GROUP BY 1`,
    [from, now],
  )
}

/**
 * Open problems still `new` received before the acknowledge cutoff, the
 * whole city. SQLite would walk the index on (status, received_at) and read
 * every new case's row to check its kind (40 ms at 1M cases); the partial
 * index feedback_new answers alone (under 1 ms).
 */
export async function cityUnacknowledged(db: Queryable, ackCutoff: string): Promise<number> {
  const row = await db.get<{ n: number }>(
    `SELECT COUNT(*) AS n FROM feedback INDEXED BY feedback_new WHERE ${newProblemSql()} AND received_at < ?`,
    [ackCutoff],
  )
  return Number(row?.n ?? 0)
}

/**
 * Stores with at least `min` submissions on `day`, with name and district,
 * in registry order. The few codes first, then their stores by key: as one
 * join PostgreSQL would hash every store to match them.
 */
export async function busyStores(db: Queryable, day: string, min: number): Promise<{ storeCode: string; name: string; district: string }[]> {
  const busy = await db.all<{ storeCode: string }>(
    `SELECT store_code AS storeCode FROM feedback_daily WHERE day = ? AND store_code <> '' GROUP BY store_code HAVING SUM(n) >= ?`,
    [day, min],
  )
  if (busy.length === 0) return []
  return db.all(
    `SELECT code AS storeCode, name, district FROM stores WHERE code IN (${placeholders(busy.length)}) ORDER BY district, code`,
    busy.map((b) => b.storeCode),
  )
}

/** A store's open problems per due date (UTC), for moving them with the store. */
export async function storeOpenDueDays(tx: Queryable, storeCode: string): Promise<{ day: string; n: number }[]> {
  return tx.all(
    `SELECT substr(due_at, 1, 10) AS day, COUNT(*) AS n FROM feedback WHERE store_code = ? AND ${openProblemSql()} GROUP BY substr(due_at, 1, 10)`,
    [storeCode],
  )
}

/** A store's submissions per China date, every day it has any. */
export async function storeDays(tx: Queryable, storeCode: string): Promise<{ day: string; n: number }[]> {
  return tx.all(`SELECT day, SUM(n) AS n FROM feedback_daily WHERE store_code = ? GROUP BY day`, [storeCode])
}
