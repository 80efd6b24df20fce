// The backfill section of a migration, re-run over data written some other
// way: by the tests that rebuild a read model from the cases, and by the
// bench after it generates a city (bench/backfills.ts).
import { existsSync, readFileSync } from 'node:fs'

export const MIGRATIONS = new URL('../../server/db/migrations/', import.meta.url)

/** The SQL of `file` from its first line starting with `from` to the end; undefined when the file or that line is missing. */
export function sectionOf(file: URL, from: string): string | undefined {
  if (!existsSync(file)) return undefined
  const sql = readFileSync(file, 'utf8')
  const at = sql.search(new RegExp(`^${from.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'm'))
  return at < 0 ? undefined : sql.slice(at)
}

/** The section of a migration file named as in server/db/migrations/ (e.g. `0042_praise_not_open.sql`). */
export function migrationSection(file: string, from: string): string {
  const sql = sectionOf(new URL(file, MIGRATIONS), from)
  if (sql === undefined) throw new Error(`no line starting with "${from}" in ${file}`)
  return sql
}
