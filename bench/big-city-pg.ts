// The same generated city as bench/big-city.ts (same seed, same stores and
// cases), on PostgreSQL at `url`: the kit's migrations and seed first, then
// the city in SQL in one transaction, the read models filled by the
// migrations' backfills in their PostgreSQL spelling (bench/backfills.ts),
// then VACUUM ANALYZE, as autovacuum would leave a settled database.
import { tmpdir } from 'node:os'
import pg from 'pg'
import { systemClock } from '../server/clock.ts'
import { readConfig } from '../server/config.ts'
import { openData } from '../server/open-data.ts'
import { backfillSql } from './backfills.ts'
import { BENCH_ADMIN_PASSWORD, timedSteps } from './big-city.ts'
import { citySql } from './city-sql.ts'

const FILLED = "'feedback', 'feedback_daily'"
const FILLED_IDS = "CAST('feedback' AS regclass), CAST('feedback_daily' AS regclass)"

export async function buildBigCityPostgres(
  url: string,
  stores: number,
  cases: number,
  seed: number,
  now: Date,
  log: (s: string) => void = () => undefined,
): Promise<void> {
  const config = readConfig({ DATA_DIR: tmpdir(), DATABASE_URL: url, SEED_DEMO: '0', ADMIN_PASSWORD: BENCH_ADMIN_PASSWORD })
  const { db } = await openData(config, systemClock)
  await db.close()

  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    const step = timedSteps((sql) => client.query(sql), (s) => log(`PostgreSQL ${s}`))
    // Generation only: the schema is dropped afterwards. The daily rollup
    // has nearly as many groups as there are cases: hashed in memory, not spilled.
    await client.query("SET synchronous_commit = off; SET maintenance_work_mem = '1GB'; SET work_mem = '1GB'")
    // The cases and their daily counts go in without indexes and keys, which
    // are rebuilt (and checked) once at the end rather than row by row; a
    // key other tables point to (the cases' id) stays.
    const indexes = (
      await client.query<{ name: string; def: string }>(
        `SELECT indexname AS name, indexdef AS def FROM pg_indexes
         WHERE schemaname = current_schema() AND tablename IN (${FILLED})
           AND indexname NOT IN (SELECT conname FROM pg_constraint WHERE conrelid IN (${FILLED_IDS}))`,
      )
    ).rows
    // Foreign keys first: they are dropped first and added last.
    const keys = (
      await client.query<{ name: string; tbl: string; def: string }>(
        `SELECT c.conname AS name, CAST(CAST(c.conrelid AS regclass) AS TEXT) AS tbl, pg_get_constraintdef(c.oid) AS def
         FROM pg_constraint c
         WHERE c.conrelid IN (${FILLED_IDS})
           AND (c.contype = 'f' OR (c.contype IN ('p', 'u') AND NOT EXISTS (SELECT 1 FROM pg_constraint r WHERE r.confrelid = c.conrelid)))
         ORDER BY c.contype = 'f' DESC`,
      )
    ).rows
    const sql = citySql('postgres', stores, cases, seed, now)
    await client.query('BEGIN')
    await step(
      'stores',
      [...indexes.map((i) => `DROP INDEX ${i.name};`), ...keys.map((k) => `ALTER TABLE ${k.tbl} DROP CONSTRAINT ${k.name};`), sql.stores].join('\n'),
    )
    await step('cases', sql.cases)
    await step('daily rollup', sql.daily)
    await step('indexes', [...indexes.map((i) => `${i.def};`), ...[...keys].reverse().map((k) => `ALTER TABLE ${k.tbl} ADD CONSTRAINT ${k.name} ${k.def};`)].join('\n'))
    await step('backfills', `${sql.done}\n${backfillSql('postgres')}`)
    await client.query('COMMIT')
    // Only this schema's tables: a bare VACUUM would visit every schema of the database.
    const tables = (await client.query<{ name: string }>('SELECT tablename AS name FROM pg_tables WHERE schemaname = current_schema()')).rows
    await step('vacuum analyze', `VACUUM ANALYZE ${tables.map((t) => t.name).join(', ')}`)
  } finally {
    await client.end()
  }
}
