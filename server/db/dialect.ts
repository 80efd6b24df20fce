// The one place where SQLite and PostgreSQL differ. Query files are written
// once, in the SQLite spelling the kit started with (`?` placeholders,
// camelCase aliases, `INTEGER PRIMARY KEY`); this module turns a statement
// or a migration into what PostgreSQL accepts and maps its answers back.
// Other branches' portable SQL therefore runs on both engines unchanged.

export type Engine = 'sqlite' | 'postgres'

/** A statement made ready for PostgreSQL, with what is needed to read its answer. */
export interface PgStatement {
  text: string
  /** lower-cased column name → the camelCase alias the query asked for. */
  aliases: ReadonlyMap<string, string>
  /** The table an INSERT writes to, for lastID. */
  insertInto: string | undefined
}

interface Segment {
  code: boolean
  text: string
}

/** Splits SQL into code and the parts never to touch: string literals, quoted names, comments. */
function segments(sql: string): Segment[] {
  const out: Segment[] = []
  let start = 0
  let i = 0
  const push = (end: number, code: boolean) => {
    if (end > start) out.push({ code, text: sql.slice(start, end) })
    start = end
  }
  while (i < sql.length) {
    const c = sql[i]!
    if (c === "'" || c === '"') {
      push(i, true)
      let j = i + 1
      while (j < sql.length) {
        if (sql[j] === c) {
          if (sql[j + 1] === c) j += 2
          else break
        } else j++
      }
      i = j + 1
      push(Math.min(i, sql.length), false)
    } else if (c === '-' && sql[i + 1] === '-') {
      push(i, true)
      const end = sql.indexOf('\n', i)
      i = end === -1 ? sql.length : end
      push(i, false)
    } else if (c === '/' && sql[i + 1] === '*') {
      push(i, true)
      const end = sql.indexOf('*/', i + 2)
      i = end === -1 ? sql.length : end + 2
      push(i, false)
    } else i++
  }
  push(sql.length, true)
  return out
}

const CAMEL_ALIAS = /\bAS\s+([a-z][a-z0-9_]*[A-Z][A-Za-z0-9_]*)\b/g
const INSERT_INTO = /^\s*INSERT\s+(?:OR\s+IGNORE\s+)?INTO\s+([A-Za-z_][A-Za-z0-9_]*)/i

/** Translates one query (not a migration) for PostgreSQL. */
export function toPostgres(sql: string): PgStatement {
  const aliases = new Map<string, string>()
  const insertInto = INSERT_INTO.exec(sql)?.[1]
  const upsert = /\bON\s+CONFLICT\b[\s\S]*\bDO\s+UPDATE\b/i.test(sql)
  let n = 0
  let orIgnore = false
  const text = segments(sql)
    .map((s) => {
      if (!s.code) return s.text
      let t = s.text.replace(/\?/g, () => `$${++n}`)
      for (const m of t.matchAll(CAMEL_ALIAS)) aliases.set(m[1]!.toLowerCase(), m[1]!)
      // An index hint for SQLite's planner, which sometimes passes over a
      // partial index; PostgreSQL has no hints and finds the index itself.
      t = t.replace(/\s+INDEXED\s+BY\s+[A-Za-z_][A-Za-z0-9_]*/gi, '')
      // Rows passed as one JSON array (sql.ts, jsonRows): SQLite's table
      // function is jsonb_each, PostgreSQL's jsonb_array_elements; both name
      // the element `value` and read its fields with ->>. Binary JSON on
      // both: the array is parsed once, not each row's text for every field.
      t = t.replace(/\bjsonb_each\(\s*(\$\d+)\s*\)/g, 'jsonb_array_elements(CAST($1 AS jsonb))')
      // SQLite's LIKE ignores ASCII case; PostgreSQL's does not.
      t = t.replace(/\bLIKE\b/gi, 'ILIKE')
      t = t.replace(/^(\s*INSERT\s+)OR\s+IGNORE\s+/i, (_, head: string) => {
        orIgnore = true
        return head
      })
      // In an upsert PostgreSQL finds a bare `n` ambiguous between the row
      // and `excluded`; SQLite reads it as the row. Say so for `x = x + …`.
      if (upsert && insertInto) t = t.replace(/\b([a-z_][a-z0-9_]*)\s*=\s*\1\b(?!\s*\()/g, `$1 = ${insertInto}.$1`)
      return t
    })
    .join('')
  return { text: orIgnore ? `${text.replace(/;\s*$/, '')} ON CONFLICT DO NOTHING` : text, aliases, insertInto }
}

/** Gives a PostgreSQL row the camelCase keys the query asked for. */
export function renameRow<T>(row: Record<string, unknown>, aliases: ReadonlyMap<string, string>): T {
  if (aliases.size === 0) return row as T
  const out: Record<string, unknown> = {}
  for (const [k, v] of Object.entries(row)) out[aliases.get(k) ?? k] = v
  return out as T
}

// Constructs a migration cannot be translated from: such a migration needs
// its own NNNN_name.pg.sql beside it.
const UNTRANSLATABLE: [RegExp, string][] = [
  [/\bCREATE\s+TRIGGER\b/i, 'a trigger'],
  [/\bjson_\w+\s*\(/i, 'a JSON function'],
  [/\b(strftime|julianday|datetime|date|time)\s*\(/i, 'a date function'],
  [/\bINSERT\s+OR\b/i, 'INSERT OR …'],
  [/\bPRAGMA\b/i, 'a PRAGMA'],
]

/** A migration written for SQLite, for PostgreSQL; throws naming what it cannot translate. */
export function migrationToPostgres(sql: string, file: string): string {
  const override = file.endsWith('.pg.sql')
  return segments(sql)
    .map((s) => {
      if (!s.code) return s.text
      for (const [pattern, what] of override ? [] : UNTRANSLATABLE) {
        if (pattern.test(s.text)) throw new Error(`migration ${file} uses ${what}, which PostgreSQL lacks: add ${file.replace(/\.sql$/, '.pg.sql')}`)
      }
      return s.text
        .replace(/\)\s*WITHOUT\s+ROWID/gi, ')')
        .replace(/\bINTEGER\s+PRIMARY\s+KEY(\s+AUTOINCREMENT)?\b/gi, 'INTEGER GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY')
        .replace(/\bBLOB\b/gi, 'BYTEA')
        .replace(/\bREAL\b/gi, 'DOUBLE PRECISION')
    })
    .join('')
}
