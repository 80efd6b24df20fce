// Fragments of SQL that several query files build the same way. Each pushes
// its bound parameters onto the caller's list, in the order of its `?`s.
import { MISCONDUCT_CATEGORY, type Scope } from '../../shared/scope.ts'
import type { Param } from './database.ts'

/** `?, ?, ?` for n values; `NULL` for none, so `IN (NULL)` matches nothing. */
export const placeholders = (n: number): string => Array.from({ length: n }, () => '?').join(', ') || 'NULL'

/** Any of the columns contains `text` as typed: `%`, `_` and `\` match themselves. */
export function containsSql(columns: readonly string[], text: string, params: Param[]): string {
  const like = `%${text.replace(/[\\%_]/g, (m) => `\\${m}`)}%`
  params.push(...columns.map(() => like))
  return `(${columns.map((c) => `${c} LIKE ? ESCAPE '\\'`).join(' OR ')})`
}

/**
 * The conditions of a filter whose fields may be left out: each `[sql, value]`
 * with a value given counts, its value bound to the condition's one `?`.
 */
export function givenConditions(conditions: readonly (readonly [string, Param | undefined])[], params: Param[]): string[] {
  const given = conditions.filter((c): c is readonly [string, Param] => c[1] !== undefined && c[1] !== '')
  params.push(...given.map(([, value]) => value))
  return given.map(([sql]) => sql)
}

/** The WHERE condition on a stores table (alias `s.` or none) for a user's scope. */
export function storeScopeSql(scope: Scope | undefined, params: Param[], alias = ''): string {
  if (!scope) return '1 = 1'
  params.push(...scope.districts, ...scope.stores)
  return `(${alias}district IN (${placeholders(scope.districts.length)}) OR ${alias}code IN (${placeholders(scope.stores.length)}))`
}

/**
 * The WHERE condition on a feedback table (alias `f.` unless given) that
 * leaves out the cases hidden from a supervisor account by a conflict of
 * interest: the SQL side of isConflictOfInterest in auth/scope.ts.
 */
export function notHiddenFromSql(userId: number, params: Param[], alias = 'f.'): string {
  params.push(MISCONDUCT_CATEGORY, userId)
  return `(${alias}category_id <> ? AND NOT EXISTS (SELECT 1 FROM case_hidden_from h WHERE h.feedback_id = ${alias}id AND h.user_id = ?))`
}

/**
 * Rows given to a statement as one parameter, a JSON array of objects read
 * with `FROM jsonb_each(?)` and `value ->> 'field'` (dialect.ts spells it for
 * PostgreSQL): however many rows, the statement's text stays the same, so
 * it is prepared once, and a batch binds one value instead of hundreds.
 * jsonb_each, not json_each: SQLite then parses the array once, into its
 * binary form, and each `->>` reads a field of it; with json_each every
 * `->>` parsed its row's text again, a third of a batch's time in SQLite
 * (issue 14: a batch of 64 submissions reads about 4,000 fields).
 */
export const jsonRows = (rows: readonly object[]): string => JSON.stringify(rows)
