// Forward-only migrations: numbered SQL files applied in order at start-up,
// each in its own transaction together with its history row. The runner
// refuses to start when the recorded history and the files disagree (a file
// edited, removed or renamed after it was applied), because then nobody
// knows what shape the database really has.
import { createHash } from 'node:crypto'
import { readdir, readFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import type { Database } from './database.ts'
import { migrationToPostgres, type Engine } from './dialect.ts'

const MIGRATIONS_DIR = fileURLToPath(new URL('./migrations/', import.meta.url))

export interface Migration {
  version: number
  name: string
  sql: string
  checksum: string
}

export class MigrationError extends Error {
  override name = 'MigrationError'
}

/**
 * The migrations for one engine. Each is NNNN_name.sql, written once for
 * both; where its SQL cannot be translated for PostgreSQL (dialect.ts),
 * NNNN_name.pg.sql beside it is PostgreSQL's spelling of the same change.
 * The checksum is of the file as written, so improving the translation
 * never makes an applied migration look edited.
 */
export async function loadMigrations(dir = MIGRATIONS_DIR, engine: Engine = 'sqlite'): Promise<Migration[]> {
  const names = await readdir(dir)
  const files = names.filter((f) => f.endsWith('.sql') && !f.endsWith('.pg.sql')).sort()
  for (const f of names.filter((n) => n.endsWith('.pg.sql'))) {
    if (!files.includes(f.replace(/\.pg\.sql$/, '.sql'))) throw new MigrationError(`${f} overrides no migration`)
  }
  const migrations: Migration[] = []
  for (const file of files) {
    const match = /^(\d{4})_([a-z0-9_]+)\.sql$/.exec(file)
    if (!match) throw new MigrationError(`migration file name ${file} is not NNNN_name.sql`)
    const pgFile = file.replace(/\.sql$/, '.pg.sql')
    const source = engine === 'postgres' && names.includes(pgFile) ? pgFile : file
    const text = await readFile(dir + source, 'utf8')
    let sql = text
    if (engine === 'postgres') {
      try {
        sql = migrationToPostgres(text, source)
      } catch (err) {
        throw new MigrationError((err as Error).message)
      }
    }
    const version = Number(match[1])
    if (migrations.some((m) => m.version === version)) throw new MigrationError(`two migrations numbered ${version}`)
    migrations.push({ version, name: match[2]!, sql, checksum: createHash('sha256').update(text).digest('hex') })
  }
  return migrations
}

/** Applies pending migrations; returns the versions it applied. */
export async function migrate(db: Database, migrations?: Migration[]): Promise<number[]> {
  const all = migrations ?? (await loadMigrations(MIGRATIONS_DIR, db.engine))
  await db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    checksum TEXT NOT NULL,
    applied_at TEXT NOT NULL
  )`)
  const history = await db.all<{ version: number; name: string; checksum: string }>(
    'SELECT version, name, checksum FROM schema_migrations ORDER BY version',
  )
  for (const row of history) {
    const file = all.find((m) => m.version === row.version)
    if (!file) throw new MigrationError(`migration ${row.version}_${row.name} was applied but its file is missing`)
    if (file.name !== row.name || file.checksum !== row.checksum) {
      throw new MigrationError(`migration ${row.version}_${row.name} was changed after it was applied`)
    }
  }
  const last = history.at(-1)?.version ?? 0
  const pending = all.filter((m) => !history.some((h) => h.version === m.version))
  const early = pending.find((m) => m.version < last)
  if (early) throw new MigrationError(`migration ${early.version}_${early.name} is older than the applied ${last}`)

  for (const m of pending) {
    await db.transaction(async (tx) => {
      // Several instances may start at once on one PostgreSQL database: the
      // one that waited for the write lock finds the migration applied.
      if (await tx.get('SELECT version FROM schema_migrations WHERE version = ?', [m.version])) return
      await tx.exec(m.sql)
      await tx.run('INSERT INTO schema_migrations (version, name, checksum, applied_at) VALUES (?, ?, ?, ?)', [
        m.version,
        m.name,
        m.checksum,
        new Date().toISOString(),
      ])
    })
  }
  return pending.map((m) => m.version)
}
