// The store table and the dashboard at province size (issue 14): 200,000
// stores and 5,000,000 cases, generated on SQLite (big-city.ts) and on
// PostgreSQL (big-city-pg.ts) with their read models filled from them, read
// over HTTP by a signed-in admin. The store table's page in every order but
// visits is an index walk of store_summary (server/stats/store-table.ts); the
// time-dependent orders (attention, last 7 days) catch their keys up to the
// request's moment first, which the warm-up request does in full after the
// generator's backfill. The dashboard reads the district rollups
// (server/stats/district-rollup.ts).
import { buildBigCityPostgres } from './big-city-pg.ts'
import { buildBigCity } from './big-city.ts'
import { medianMs } from './measure.ts'

export const PROVINCE_STORES = 200_000
export const PROVINCE_CASES = 5_000_000

/**
 * The province city in the SQLite data directory `dir` and, given a URL, in
 * that PostgreSQL database, side by side: SQLite generates in this process
 * and PostgreSQL in its server, one core each. A PostgreSQL failure (or the
 * reason it is missing, in place of the URL) comes back as its Error.
 */
export async function buildProvince(
  dir: string,
  postgres: string | Error,
  seed: number,
  now: Date,
  log: (s: string) => void,
): Promise<{ postgres: Error | undefined }> {
  const [sqlite, pg] = await Promise.allSettled([
    buildBigCity(dir, PROVINCE_STORES, PROVINCE_CASES, seed, now, log),
    postgres instanceof Error ? Promise.reject(postgres) : buildBigCityPostgres(postgres, PROVINCE_STORES, PROVINCE_CASES, seed, now, log),
  ])
  if (sqlite.status === 'rejected') throw sqlite.reason
  return { postgres: pg.status === 'rejected' ? (pg.reason instanceof Error ? pg.reason : new Error(String(pg.reason))) : undefined }
}

export interface ProvinceReads {
  /** Median ms of one page of 50 in registry order. */
  page: number
  /** Median ms of one page of 50, ordered by total. */
  byTotal: number
  /** Median ms of one page of 50, ordered by attention. */
  attention: number
  /** Median ms of one page of 50, ordered by the last 7 days. */
  last7: number
  /** Median ms of one page of 50 of one district, ordered by attention. */
  districtAttention: number
  /** Median ms of the dashboard (district rollups). */
  dashboard: number
  stores: number
}

export async function provinceReads(url: string, cookie: string): Promise<ProvinceReads> {
  const get = async (path: string) => {
    const res = await fetch(`${url}${path}`, { headers: { cookie } })
    if (!res.ok) throw new Error(`GET ${path} answered ${res.status}`)
    return res.json() as Promise<{ total?: number }>
  }
  const stores = (await get('/api/admin/stats/stores?sort=total&pageSize=50')).total ?? 0
  return {
    stores,
    page: await medianMs(() => get('/api/admin/stats/stores?pageSize=50&page=7'), 9, 2),
    byTotal: await medianMs(() => get('/api/admin/stats/stores?sort=total&pageSize=50&page=7'), 5, 1),
    attention: await medianMs(() => get('/api/admin/stats/stores?sort=attention&pageSize=50&page=7'), 9, 1),
    last7: await medianMs(() => get('/api/admin/stats/stores?sort=last7&pageSize=50&page=7'), 9, 1),
    districtAttention: await medianMs(() => get(`/api/admin/stats/stores?sort=attention&pageSize=50&page=7&district=${encodeURIComponent('区 3')}`), 9, 1),
    dashboard: await medianMs(() => get('/api/admin/stats/dashboard'), 3, 1),
  }
}
