// `npm run migrate-to-postgres -- --from DATA_DIR --to postgres://…`: copies
// a SQLite data directory into an empty PostgreSQL database and checks every
// table's row count. Stop the server first; then start it with DATABASE_URL.
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { copyToPostgres } from '../server/db/copy-to-postgres.ts'
import { openDatabase } from '../server/db/database.ts'
import { loadMigrations, migrate } from '../server/db/migrate.ts'
import { openPostgres } from '../server/db/postgres.ts'
import { DB_FILE } from '../server/open-data.ts'
import { runningServer } from '../server/pid-file.ts'

const USAGE = 'usage: npm run migrate-to-postgres -- --from <data directory> --to postgres://user:password@host/database'

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { from: { type: 'string' }, to: { type: 'string' } } })
  if (!values.from || !values.to || !/^postgres(ql)?:\/\//.test(values.to)) throw new Error(USAGE)
  if (runningServer(values.from)) throw new Error(`a server is running on ${values.from}: stop it first`)
  const from = await openDatabase(join(values.from, DB_FILE))
  const to = await openPostgres(values.to)
  try {
    const applied = await from.all<{ version: number }>('SELECT version FROM schema_migrations ORDER BY version')
    const shipped = await loadMigrations(undefined, 'sqlite')
    if (applied.map((m) => m.version).join() !== shipped.map((m) => m.version).join()) {
      throw new Error('the SQLite database is not at the current migration: start the server on it once, stop it, then copy')
    }
    await migrate(to)
    const counts = await copyToPostgres(from, to, (line) => console.log(line))
    const wrong = counts.filter((c) => c.sqlite !== c.postgres)
    if (wrong.length > 0) throw new Error(`row counts differ: ${wrong.map((c) => `${c.table} ${c.sqlite} → ${c.postgres}`).join(', ')}`)
    console.log(`Copied ${counts.length} tables, ${counts.reduce((n, c) => n + c.sqlite, 0)} rows; every count matches.`)
  } finally {
    await from.close()
    await to.close()
  }
}

main().catch((err: unknown) => {
  console.error(`Copy failed: ${err instanceof Error ? err.message : String(err)}`)
  process.exit(1)
})
