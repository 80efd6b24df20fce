// How the console shows an audit entry by name (issue 12): what kind of
// thing each action's target is, and which detail fields name a person, a
// store or a case. The server looks the names up; the page renders them.
import type { AuditAction, AuditEntry, Page } from './api-types.ts'

export type AuditTargetKind = 'person' | 'case' | 'store' | 'other'

const PERSON: readonly AuditAction[] = ['login_ok', 'login_failed', 'user_created', 'user_changed', 'login_unlocked', 'admin_password_changed']
const CASE: readonly AuditAction[] = ['contact_revealed', 'case_changed', 'case_recorded', 'quarantine_released']
const STORE: readonly AuditAction[] = ['pairing_code_created', 'store_changed']

export function auditTargetKind(action: AuditAction): AuditTargetKind {
  if (PERSON.includes(action)) return 'person'
  if (CASE.includes(action)) return 'case'
  if (STORE.includes(action)) return 'store'
  return 'other'
}

/**
 * Every field an audit entry's detail may hold at its top level: the server
 * cannot write another (appendAudit's type), and the console has words for
 * each (audit.field.<name>, checked by a test with the nested ones below).
 */
export const AUDIT_DETAIL_FIELDS = [
  'hiddenCases',
  'targets',
  'slaDays',
  'label',
  'changes',
  'days',
  'cases',
  'messages',
  'photos',
  'visitPhotos',
  'files',
  'digestBy',
  'secret',
  'target',
  'visitId',
  'before',
  'after',
  'address',
  'unknownUser',
  'status',
  'assignee',
  'dueAt',
  'reason',
  'role',
  'name',
  'districts',
  'stores',
  'password',
  'via',
  'channel',
  'storeCode',
  'caseId',
  'title',
  'version',
  'type',
  'events',
  'expiresAt',
  'deleted',
  'filter',
  'reveal',
  'holidays',
  'workdays',
  'grave',
  'active',
  'disabled',
  'from',
  'to',
] as const
export type AuditDetailField = (typeof AUDIT_DETAIL_FIELDS)[number]

/**
 * Fields written inside a detail's objects: a campaign's targets, a
 * category's label, a library entry's changes (FieldChange), a store's
 * before and after (storePatchSchema's fields). An export's filter holds the
 * inbox query's fields (caseQuerySchema), which the test walks itself.
 */
export const AUDIT_NESTED_FIELDS = ['inspectedPct', 'trainedPct', 'zh', 'en', 'field', 'district', 'address', 'supervisorName', 'supervisorPhone'] as const

/** Detail fields whose value names a person, a store or a case. */
export const AUDIT_DETAIL_KINDS: Readonly<Record<string, Exclude<AuditTargetKind, 'other'>>> = {
  assignee: 'person',
  storeCode: 'store',
  caseId: 'case',
}

export interface AuditNames {
  /** username → the person's name, null when the account has none. */
  people: Record<string, string | null>
  /** store code → store name. */
  stores: Record<string, string>
  /** case id → its receipt. */
  cases: Record<string, { receipt: string }>
}

/** GET /api/admin/audit: a page of entries and the names they mention. */
export type AuditPage = Page<AuditEntry> & { names: AuditNames }
