// Which database engine an API test runs on. The `postgres` vitest project
// sets SV_TEST_ENGINE=postgres; each test app then gets its own schema in
// TEST_DATABASE_URL, dropped when the app closes, so files run side by side.
import { randomBytes } from 'node:crypto'
import pg from 'pg'
import type { Database } from '../../server/db/database.ts'

export const onPostgres = process.env.SV_TEST_ENGINE === 'postgres'

export interface TestDatabase {
  /** DATABASE_URL for the server's config ('' for SQLite). */
  url: string
  drop(): Promise<void>
}

/** A new throwaway database, or (`reopen`, a restart of the server) the one at that URL again. */
export async function testDatabase(reopen?: string): Promise<TestDatabase> {
  if (!onPostgres) return { url: '', drop: async () => undefined }
  const base = process.env.TEST_DATABASE_URL
  if (!base) throw new Error('SV_TEST_ENGINE=postgres needs TEST_DATABASE_URL')
  const reopened = reopen ? /search_path=(sv_test_[0-9a-f]+)/.exec(decodeURIComponent(reopen))?.[1] : undefined
  return throwawaySchema(base, 'sv_test', reopened)
}

/**
 * A new schema named `<prefix>_<random hex>` in the database at `base` (or
 * the `existing` one), and the URL that works in it; drop() removes it with
 * everything in it. The bench's PostgreSQL rows use it too.
 */
export async function throwawaySchema(base: string, prefix: string, existing?: string): Promise<TestDatabase> {
  const schema = existing ?? `${prefix}_${randomBytes(6).toString('hex')}`
  if (!existing) {
    const admin = new pg.Client({ connectionString: base })
    try {
      await admin.connect()
      await admin.query(`CREATE SCHEMA ${schema}`)
    } finally {
      await admin.end().catch(() => undefined)
    }
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

/** A table's columns in their order, on either engine. */
export async function columnNames(db: Database, table: string): Promise<string[]> {
  const rows =
    db.engine === 'postgres'
      ? await db.all<{ name: string }>(
          'SELECT column_name AS name FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = ? ORDER BY ordinal_position',
          [table],
        )
      : await db.all<{ name: string }>('SELECT name FROM pragma_table_info(?)', [table])
  return rows.map((r) => r.name)
}
