// A city of stores and cases for the read benchmarks on SQLite, generated in
// SQL in one transaction (bench/city-sql.ts), reproducible from a seed. The
// daily rollup is counted from the cases and the read models are filled by
// the migrations' backfills (bench/backfills.ts), so they agree exactly, as
// the server keeps them. Timeline events are not generated: neither the
// stats endpoint nor the export reads them.
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import sqlite3 from 'sqlite3'
import { readConfig } from '../server/config.ts'
import { systemClock } from '../server/clock.ts'
import { DB_FILE, openData } from '../server/open-data.ts'
import { backfillSql } from './backfills.ts'
import { citySql } from './city-sql.ts'

export const BENCH_ADMIN_PASSWORD = 'bench-admin-password'

/** Runs one generation step, telling `log` how long it took. */
export type Step = (step: string, sql: string) => Promise<void>

export function timedSteps(run: (sql: string) => Promise<unknown>, log: (s: string) => void): Step {
  return async (step, sql) => {
    const started = performance.now()
    await run(sql)
    log(`${step}: ${((performance.now() - started) / 1000).toFixed(1)} s`)
  }
}

export async function buildBigCity(
  dataDir: string,
  stores: number,
  cases: number,
  seed: number,
  now: Date,
  log: (s: string) => void = () => undefined,
): Promise<void> {
  const { db } = await openData(readConfig({ DATA_DIR: dataDir, SEED_DEMO: '0', ADMIN_PASSWORD: BENCH_ADMIN_PASSWORD }), systemClock)
  await db.close()

  const raw = new sqlite3.Database(join(dataDir, DB_FILE))
  const run = (sql: string) => new Promise<void>((resolve, reject) => raw.exec(sql, (err) => (err ? reject(err) : resolve())))
  const all = <T>(sql: string) => new Promise<T[]>((resolve, reject) => raw.all(sql, (err, rows) => (err ? reject(err) : resolve(rows as T[]))))
  const step = timedSteps(run, (s) => log(`SQLite ${s}`))
  // Generation only: the benchmark database is thrown away afterwards, so
  // no journal (the pages are written once, not to the WAL and then again).
  await run('PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA cache_size = -400000; PRAGMA temp_store = MEMORY')
  const indexes = await all<{ name: string; sql: string }>(
    "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name IN ('feedback', 'feedback_daily') AND sql IS NOT NULL",
  )
  const sql = citySql('sqlite', stores, cases, seed, now)
  await run('BEGIN')
  await step('stores', `${indexes.map((i) => `DROP INDEX ${i.name};`).join('\n')}\n${sql.stores}`)
  await step('cases', sql.cases)
  await step('daily rollup', sql.daily)
  await step('indexes', indexes.map((i) => `${i.sql};`).join('\n'))
  await step('backfills', `${sql.done}\n${backfillSql('sqlite')}`)
  await run('COMMIT; PRAGMA journal_mode = WAL')
  await step('analyze', 'ANALYZE')
  await new Promise<void>((resolve, reject) => raw.close((err) => (err ? reject(err) : resolve())))
}
