// The names behind the usernames, store codes and case ids a page of the
// audit log mentions, looked up in one round per kind.
import { AUDIT_DETAIL_KINDS, auditTargetKind, type AuditNames, type AuditTargetKind } from '../../shared/audit-names.ts'
import type { AuditEntry } from '../../shared/api-types.ts'
import type { Queryable } from '../db/database.ts'
import { auditNames } from '../db/queries/audit.ts'

export async function namesForAudit(db: Queryable, entries: readonly AuditEntry[]): Promise<AuditNames> {
  const wanted: Record<Exclude<AuditTargetKind, 'other'>, Set<string>> = { person: new Set(), case: new Set(), store: new Set() }
  for (const e of entries) {
    if (e.actor) wanted.person.add(e.actor)
    const kind = auditTargetKind(e.action)
    if (kind !== 'other' && e.target) wanted[kind].add(e.target)
    for (const [field, fieldKind] of Object.entries(AUDIT_DETAIL_KINDS)) {
      const value = e.detail[field]
      if (typeof value === 'string') wanted[fieldKind].add(value)
    }
  }
  const rows = await auditNames(db, { usernames: [...wanted.person], storeCodes: [...wanted.store], caseIds: [...wanted.case] })
  return {
    people: Object.fromEntries(rows.people.map((p) => [p.username, p.name])),
    stores: Object.fromEntries(rows.stores.map((s) => [s.code, s.name])),
    cases: Object.fromEntries(rows.cases.map((c) => [c.id, { receipt: c.receipt }])),
  }
}
