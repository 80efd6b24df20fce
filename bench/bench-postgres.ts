// Where the PostgreSQL rows run: a throwaway schema in BENCH_DATABASE_URL
// (or, on a developer's machine that runs the PostgreSQL test suite,
// TEST_DATABASE_URL), dropped afterwards. Without either the rows say n/a.
import { throwawaySchema, type TestDatabase } from '../tests/helpers/test-database.ts'

export async function benchPostgres(): Promise<TestDatabase> {
  const base = process.env.BENCH_DATABASE_URL || process.env.TEST_DATABASE_URL
  if (!base) throw new Error('no PostgreSQL: set BENCH_DATABASE_URL=postgres://… to measure it')
  try {
    return await throwawaySchema(base, 'sv_bench')
  } catch (err) {
    throw new Error(`PostgreSQL at BENCH_DATABASE_URL is not usable: ${err instanceof Error ? err.message : String(err)}`)
  }
}
