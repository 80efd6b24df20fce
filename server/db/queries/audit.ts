import type { AuditAction, AuditEntry } from '../../../shared/api-types.ts'
import type { Queryable } from '../database.ts'

// Append-only: there is deliberately no update or delete here (and the
// table's triggers refuse both).

export interface NewAuditEntry {
  at: string
  actor: string | null
  action: AuditAction
  target?: string | null | undefined
  detail?: Record<string, unknown> | undefined
}

export async function appendAudit(db: Queryable, e: NewAuditEntry): Promise<void> {
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
