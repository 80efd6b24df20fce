// Moving a kit from SQLite to PostgreSQL: every table of a SQLite data
// directory copied into an empty, freshly migrated PostgreSQL database in
// one transaction, in foreign-key order, then row counts compared table by
// table. Identity counters are moved past the copied ids so new rows do not
// collide. Generic over tables, so tables added later are copied too.
import type { Database, Param } from './database.ts'

// Rows the migrations write into an empty database, which a new database
// may hold before the copy: 0200's row of cases without a store, still
// empty, the instant of the store table's sort keys, still '', and the
// one row of the reference version (0240), whatever it counts.
const MADE_BY_MIGRATIONS: Partial<Record<string, string>> = {
  store_summary: "store_code = '' AND total = 0",
  store_keys_as_of: "at = ''",
  reference_version: 'TRUE',
}

// Rows per INSERT (PostgreSQL takes up to 65,535 parameters) and per read.
const BATCH = 500
const READ_PAGE = 5000

export interface TableCount {
  table: string
  sqlite: number
  postgres: number
}

/** Tables the migrations made (not SQLite's own, not the migration history). */
async function sqliteTables(from: Database): Promise<string[]> {
  const rows = await from.all<{ name: string }>(
    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> 'schema_migrations' ORDER BY name",
  )
  return rows.map((r) => r.name)
}

/** The tables in an order where each comes after every table it references. */
async function foreignKeyOrder(to: Database, tables: string[]): Promise<string[]> {
  const refs = await to.all<{ child: string; parent: string }>(
    `SELECT tc.table_name AS child, ccu.table_name AS parent
     FROM information_schema.table_constraints tc
     JOIN information_schema.constraint_column_usage ccu ON ccu.constraint_name = tc.constraint_name AND ccu.table_schema = tc.table_schema
     WHERE tc.constraint_type = 'FOREIGN KEY' AND tc.table_schema = current_schema()`,
  )
  const ordered: string[] = []
  const visit = (t: string, path: Set<string>) => {
    if (ordered.includes(t) || path.has(t)) return
    path.add(t)
    for (const r of refs) if (r.child === t && r.parent !== t) visit(r.parent, path)
    ordered.push(t)
  }
  for (const t of tables) visit(t, new Set())
  return ordered.filter((t) => tables.includes(t))
}

export async function copyToPostgres(from: Database, to: Database, log: (line: string) => void): Promise<TableCount[]> {
  if (from.engine !== 'sqlite' || to.engine !== 'postgres') throw new Error('copies from SQLite to PostgreSQL only')
  const tables = await foreignKeyOrder(to, await sqliteTables(from))
  for (const table of tables) {
    const made = MADE_BY_MIGRATIONS[table]
    const row = await to.get<{ n: number }>(`SELECT COUNT(*) AS n FROM ${table}${made ? ` WHERE NOT (${made})` : ''}`)
    if ((row?.n ?? 0) > 0) throw new Error(`the PostgreSQL table ${table} is not empty: copy into a new database`)
  }
  const identity = new Set(
    (
      await to.all<{ name: string }>(
        `SELECT table_name AS name FROM information_schema.columns
         WHERE table_schema = current_schema() AND column_name = 'id' AND is_identity = 'YES'`,
      )
    ).map((r) => r.name),
  )
  await to.transaction(async (tx) => {
    for (const table of tables) {
      // The copy brings its own.
      if (MADE_BY_MIGRATIONS[table]) await tx.run(`DELETE FROM ${table} WHERE ${MADE_BY_MIGRATIONS[table]}`)
      const columns = (await from.all<{ name: string }>('SELECT name FROM pragma_table_info(?)', [table])).map((c) => c.name)
      const list = columns.join(', ')
      let batch: Param[][] = []
      const flush = async () => {
        if (batch.length === 0) return
        const values = batch.map((r) => `(${r.map(() => '?').join(', ')})`).join(', ')
        await tx.run(`INSERT INTO ${table} (${list}) VALUES ${values}`, batch.flat())
        batch = []
      }
      let copied = 0
      // A page at a time, so a million cases never sit in memory at once. The
      // source is not being written (the server is stopped), so the pages
      // follow each other without gaps or repeats.
      for (;;) {
        const rows = await from.all<Record<string, Param>>(`SELECT ${list} FROM ${table} LIMIT ? OFFSET ?`, [READ_PAGE, copied])
        for (const r of rows) {
          batch.push(columns.map((c) => r[c] ?? null))
          if (batch.length === BATCH) await flush()
        }
        copied += rows.length
        if (rows.length < READ_PAGE) break
      }
      await flush()
      if (identity.has(table)) {
        await tx.get(`SELECT setval(pg_get_serial_sequence('${table}', 'id'), (SELECT MAX(id) FROM ${table})) AS v`)
      }
      log(`${table}: ${copied} rows`)
    }
  })
  const counts: TableCount[] = []
  for (const table of tables) {
    const a = await from.get<{ n: number }>(`SELECT COUNT(*) AS n FROM ${table}`)
    const b = await to.get<{ n: number }>(`SELECT COUNT(*) AS n FROM ${table}`)
    counts.push({ table, sqlite: a?.n ?? 0, postgres: b?.n ?? 0 })
  }
  return counts
}
