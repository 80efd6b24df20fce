// The read models of a generated city are filled the way an upgrade fills
// them: the backfill section of each migration below is run again, in this
// order, over the generated cases. A migration that adds a read model (or
// columns to one) keeps its backfill as a section that can be re-run, from a
// line starting with `-- backfill` to the end of the file, and adds one line
// here.
import { migrationToPostgres, type Engine } from '../server/db/dialect.ts'
import { MIGRATIONS, sectionOf } from '../tests/helpers/migration-section.ts'

interface Backfill {
  /** The migration's file name without `.sql`. */
  migration: string
  /** The section runs from the first line starting with this text to the end of the file. */
  from?: string
}

const BACKFILLS: readonly Backfill[] = [
  // Written before the `-- backfill` convention: its section starts at the DELETE.
  { migration: '0042_praise_not_open', from: 'DELETE FROM store_summary' },
  // Every store's row, its district and its sort keys as of '' (counted by the first catch-up).
  { migration: '0200_store_sort_keys', from: 'DELETE FROM store_keys_as_of' },
  { migration: '0210_district_counts', from: 'DELETE FROM district_counts' },
  // A later one marks its section with a line `-- backfill` and adds just its name here.
]

// PostgreSQL spellings of backfills whose migration has none for PostgreSQL
// (a PostgreSQL database held no case yet when those migrations ran).
const BENCH_SPELLINGS = new URL('./backfills/', import.meta.url)

/**
 * The backfill SQL to run after generating, in order. On PostgreSQL a
 * section is taken from the migration's `.pg.sql` when that has one, then
 * from bench/backfills/, then from the portable `.sql`.
 */
export function backfillSql(engine: Engine): string {
  return BACKFILLS.map(({ migration, from = '-- backfill' }) => {
    const files = [
      ...(engine === 'postgres' ? [new URL(`${migration}.pg.sql`, MIGRATIONS), new URL(`${migration}.pg.sql`, BENCH_SPELLINGS)] : []),
      new URL(`${migration}.sql`, MIGRATIONS),
    ]
    for (const file of files) {
      const sql = sectionOf(file, from)
      // A portable section is translated as the migration runner would.
      if (sql !== undefined) return engine === 'postgres' ? migrationToPostgres(sql, file.pathname) : sql
    }
    throw new Error(`no backfill section starting with "${from}" in ${migration}`)
  }).join('\n')
}
