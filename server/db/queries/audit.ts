import type { AuditAction, AuditEntry } from '../../../shared/api-types.ts'
import type { AuditDetailField } from '../../../shared/audit-names.ts'
import type { Queryable } from '../database.ts'
import { placeholders } from '../sql.ts'

// Append-only: there is deliberately no update or delete here (and the
// table's triggers refuse both).

export interface NewAuditEntry<D extends object> {
  at: string
  actor: string | null
  action: AuditAction
  target?: string | null | undefined
  detail?: D | undefined
}

/** The detail's fields outside AUDIT_DETAIL_FIELDS, in any member of a union (a spread object's keys too). */
type UnnamedFields<D> = D extends object ? Exclude<keyof D, AuditDetailField> : never
/** Refuses, at compile time, a detail with a field the console has no words for. */
type OnlyNamedFields<D> = [UnnamedFields<D>] extends [never] ? unknown : { detail: { fieldsWithoutWords: UnnamedFields<D> } }

export async function appendAudit<D extends object>(db: Queryable, e: NewAuditEntry<D> & OnlyNamedFields<D>): Promise<void> {
  await db.run('INSERT INTO audit_log (at, actor, action, target, detail) VALUES (?, ?, ?, ?, ?)', [
    e.at,
    e.actor,
    e.action,
    e.target ?? null,
    JSON.stringify(e.detail ?? {}),
  ])
}

export interface AuditFilter {
  action?: AuditAction | undefined
  actor?: string | undefined
  limit: number
  offset: number
}

export async function listAudit(db: Queryable, f: AuditFilter): Promise<{ items: AuditEntry[]; total: number }> {
  const where: string[] = []
  const params: (string | number)[] = []
  if (f.action) {
    where.push('action = ?')
    params.push(f.action)
  }
  if (f.actor) {
    where.push('actor = ?')
    params.push(f.actor)
  }
  const clause = where.length ? `WHERE ${where.join(' AND ')}` : ''
  const rows = await db.all<Omit<AuditEntry, 'detail'> & { detail: string }>(
    `SELECT id, at, actor, action, target, detail FROM audit_log ${clause} ORDER BY id DESC LIMIT ? OFFSET ?`,
    [...params, f.limit, f.offset],
  )
  const count = await db.get<{ n: number }>(`SELECT COUNT(*) AS n FROM audit_log ${clause}`, params)
  return {
    items: rows.map((r) => ({ ...r, detail: JSON.parse(r.detail) as Record<string, unknown> })),
    total: count?.n ?? 0,
  }
}

export interface AuditNameRows {
  people: { username: string; name: string | null }[]
  stores: { code: string; name: string }[]
  cases: { id: string; receipt: string }[]
}

/** The people, stores and cases a page of the audit log mentions, to show them by name. */
export async function auditNames(
  db: Queryable,
  ids: { usernames: string[]; storeCodes: string[]; caseIds: string[] },
): Promise<AuditNameRows> {
  const [people, stores, cases] = await Promise.all([
    ids.usernames.length
      ? db.all<AuditNameRows['people'][number]>(`SELECT username, name FROM users WHERE username IN (${placeholders(ids.usernames.length)})`, ids.usernames)
      : [],
    ids.storeCodes.length
      ? db.all<AuditNameRows['stores'][number]>(`SELECT code, name FROM stores WHERE code IN (${placeholders(ids.storeCodes.length)})`, ids.storeCodes)
      : [],
    ids.caseIds.length
      ? db.all<AuditNameRows['cases'][number]>(
          `SELECT id, receipt FROM feedback WHERE id IN (${placeholders(ids.caseIds.length)})`,
          ids.caseIds,
        )
      : [],
  ])
  return { people, stores, cases }
}
