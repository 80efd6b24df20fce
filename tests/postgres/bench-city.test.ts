// The bench measures the province reads on both engines over cities it
// generates in SQL (bench/big-city.ts, bench/big-city-pg.ts): for one seed
// they must be the same city, with the same read models, or the two rows
// would not compare like with like.
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildBigCity } from '../../bench/big-city.ts'
import { buildBigCityPostgres } from '../../bench/big-city-pg.ts'
import { openDatabase, type Database } from '../../server/db/database.ts'
import { openPostgres } from '../../server/db/postgres.ts'
import { migrate } from '../../server/db/migrate.ts'
import { DB_FILE } from '../../server/open-data.ts'
import { parseSummary } from '../../server/stats/store-summary.ts'
import type { StoreSummaryRow } from '../../server/db/queries/store-summary.ts'
import { testDatabase, type TestDatabase } from '../helpers/test-database.ts'

const STORES = 300
const CASES = 20_000
const SEED = 20261129

describe.skipIf(!process.env.TEST_DATABASE_URL)('the bench city on SQLite and on PostgreSQL', () => {
  let dir: string
  let database: TestDatabase
  const dbs: Database[] = []
  let sqlite: Database
  let postgres: Database
  beforeAll(async () => {
    const now = new Date()
    dir = await mkdtemp(join(tmpdir(), 'sv-bench-city-'))
    database = await testDatabase()
    await Promise.all([buildBigCity(dir, STORES, CASES, SEED, now), buildBigCityPostgres(database.url, STORES, CASES, SEED, now)])
    sqlite = await openDatabase(join(dir, DB_FILE))
    postgres = await openPostgres(database.url)
    dbs.push(sqlite, postgres)
  })
  afterAll(async () => {
    for (const db of dbs) await db.close()
    await database?.drop()
    if (dir) await rm(dir, { recursive: true, force: true })
  })

  // Sorted here: PostgreSQL's collation need not order text as SQLite does.
  const byKey = <T>(rows: T[], key: (r: T) => string) => rows.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0))
  const both = async <T extends Record<string, unknown>>(sql: string, key: (r: T) => string): Promise<[T[], T[]]> => [
    byKey(await sqlite.all<T>(sql), key),
    byKey(await postgres.all<T>(sql), key),
  ]

  it('holds the same stores and the same cases', async () => {
    const [s, p] = await both<{ code: string }>('SELECT code, name, district FROM stores', (r) => r.code)
    expect(s).toHaveLength(STORES)
    expect(p).toEqual(s)
    const [a, b] = await both<Record<string, unknown>>(
      `SELECT id, receipt, store_code AS storeCode, category_id AS categoryId, kind, status, channel, anonymous,
         contact_name AS contactName, received_at AS receivedAt, due_at AS dueAt, closed_at AS closedAt
       FROM feedback`,
      (r) => String(r.id),
    )
    expect(a).toHaveLength(CASES)
    expect(b).toEqual(a)
    expect(new Set(a.map((r) => r.status)).size).toBeGreaterThan(3)
  })

  it('counts the same days and fills the same store summaries and district rollups', async () => {
    const [s, p] = await both<{ storeCode: string; day: string; kind: string; categoryId: string; n: number }>(
      'SELECT store_code AS storeCode, day, kind, category_id AS categoryId, n FROM feedback_daily',
      (r) => [r.storeCode, r.day, r.kind, r.categoryId].join(' '),
    )
    expect(p.map((r) => ({ ...r, n: Number(r.n) }))).toEqual(s)
    const summaries = async (db: Database) =>
      byKey(
        await db.all<StoreSummaryRow>(
          `SELECT store_code AS storeCode, total, open, by_category AS byCategory, close_hours AS closeHours, day_anchor AS dayAnchor, days
           FROM store_summary WHERE store_code <> ''`,
        ),
        (r) => r.storeCode,
      ).map((r) => ({ storeCode: r.storeCode, ...parseSummary(r) }))
    const fromSqlite = await summaries(sqlite)
    expect(fromSqlite).toHaveLength(STORES)
    expect(fromSqlite.reduce((n, r) => n + r.total, 0)).toBe(CASES)
    expect(fromSqlite.some((r) => Object.keys(r.closeHours).length > 0 && r.days.some((n) => n > 0))).toBe(true)
    expect(await summaries(postgres)).toEqual(fromSqlite)
    const districtCounts = async (db: Database) =>
      byKey(
        (await db.all<{ kind: string; item: string; district: string; shard: number; n: number }>(
          'SELECT kind, item, district, shard, n FROM district_counts',
        )).map((r) => ({ ...r, shard: Number(r.shard), n: Number(r.n) })),
        (r) => `${r.kind}|${r.item}|${r.district}|${r.shard}`,
      )
    const sqliteDistricts = await districtCounts(sqlite)
    expect(sqliteDistricts.filter((r) => r.kind === 'total').reduce((n, r) => n + r.n, 0)).toBe(CASES)
    expect(await districtCounts(postgres)).toEqual(sqliteDistricts)
  })

  it('keeps every index and key of the cases and their daily counts, dropped while generating', async () => {
    const definitions = async (db: Database) =>
      db.engine === 'postgres'
        ? (
            await db.all<{ def: string }>(
              `SELECT indexdef AS def FROM pg_indexes WHERE schemaname = current_schema() AND tablename IN ('feedback', 'feedback_daily')
               UNION ALL SELECT pg_get_constraintdef(oid) AS def FROM pg_constraint
               WHERE conrelid IN (CAST('feedback' AS regclass), CAST('feedback_daily' AS regclass))`,
            )
          )
            .map((r) => r.def.replace(/ ON sv_test_[0-9a-f]+\./, ' ON '))
            .sort()
        : (await db.all<{ def: string }>("SELECT name || ' ' || COALESCE(sql, '') AS def FROM sqlite_master WHERE tbl_name IN ('feedback', 'feedback_daily')")).map((r) => r.def).sort()
    const fresh = await testDatabase()
    const freshPostgres = await openPostgres(fresh.url)
    const freshSqlite = await openDatabase(join(dir, 'fresh.db'))
    try {
      await migrate(freshPostgres)
      await migrate(freshSqlite)
      expect(await definitions(postgres)).toEqual(await definitions(freshPostgres))
      expect(await definitions(sqlite)).toEqual(await definitions(freshSqlite))
      expect((await definitions(postgres)).some((d) => d.startsWith('PRIMARY KEY'))).toBe(true)
    } finally {
      await freshPostgres.close()
      await freshSqlite.close()
      await fresh.drop()
    }
  })
})
