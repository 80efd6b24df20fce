// Where the PostgreSQL rows run: a throwaway schema in BENCH_DATABASE_URL
// (or, on a developer's machine that runs the PostgreSQL test suite,
// TEST_DATABASE_URL), dropped afterwards. Without either the rows say n/a.
import { randomBytes } from 'node:crypto'
import pg from 'pg'

export interface BenchDatabase {
  url: string
  drop(): Promise<void>
}

export async function benchPostgres(): Promise<BenchDatabase> {
  const base = process.env.BENCH_DATABASE_URL || process.env.TEST_DATABASE_URL
  if (!base) throw new Error('no PostgreSQL: set BENCH_DATABASE_URL=postgres://… to measure it')
  const schema = `sv_bench_${randomBytes(6).toString('hex')}`
  const admin = new pg.Client({ connectionString: base })
  try {
    await admin.connect()
    await admin.query(`CREATE SCHEMA ${schema}`)
  } catch (err) {
    throw new Error(`PostgreSQL at BENCH_DATABASE_URL is not usable: ${err instanceof Error ? err.message : String(err)}`)
  } finally {
    await admin.end().catch(() => undefined)
  }
  const url = new URL(base)
  url.searchParams.set('options', `-c search_path=${schema}`)
  return {
    url: url.toString(),
    async drop() {
      const c = new pg.Client({ connectionString: base })
      await c.connect()
      await c.query(`DROP SCHEMA ${schema} CASCADE`)
      await c.end()
    },
  }
}
