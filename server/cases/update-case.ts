// PATCH /api/admin/feedback/:id: assignment, status and deadline changes,
// each an event on the timeline and an audit entry, with the rollups kept
// right (stats/rollups.ts), all in one transaction.
import type { CaseEventType } from '../../shared/api-types.ts'
import type { CaseStatus } from '../../shared/enums.ts'
import { canTransition } from '../../shared/lifecycle.ts'
import type { CaseUpdateInput } from '../../shared/staff-schemas.ts'
import { ApiError } from '../api-error.ts'
import { storeInScope } from '../../shared/scope.ts'
import { isConflictOfInterest, userScope } from '../auth/scope.ts'
import { appendAudit } from '../db/queries/audit.ts'
import { addEvent, setAssignee, setDueAt, touchByStaff } from '../db/queries/case-changes.ts'
import type { CaseRow } from '../db/queries/cases.ts'
import { getFeedback } from '../db/queries/feedback.ts'
import { isHiddenFrom } from '../db/queries/hidden-from.ts'
import type { User } from '../../shared/user.ts'
import { getAssignableUser } from '../db/queries/users.ts'
import type { Queryable } from '../db/database.ts'
import type { AppDeps } from '../deps.ts'
import { countDueChange } from '../stats/rollups.ts'
import { moveStatus } from './move-status.ts'

/**
 * `alongside` runs in the same transaction after the change (a reply sent
 * with a status move): both are stored, or neither.
 */
export async function updateCase(
  deps: AppDeps,
  actor: User,
  row: CaseRow,
  input: CaseUpdateInput,
  alongside?: (tx: Queryable, now: string) => Promise<void>,
): Promise<void> {
  if (input.status === undefined && input.assignee === undefined && input.dueAt === undefined) {
    throw new ApiError(400, 'validation_failed', 'Nothing to change', { status: 'required' })
  }
  if ((input.dueAt !== undefined || input.status === 'rejected') && !input.reason) {
    throw new ApiError(400, 'validation_failed', 'Give a reason for this change', { reason: 'required' })
  }
  const assignee =
    input.assignee === undefined ? undefined : input.assignee === null ? null : await checkAssignee(deps, input.assignee, row)
  const now = deps.clock.now().toISOString()

  await deps.db.transaction((tx) => applyCaseUpdate(tx, actor, row, input, assignee, now, alongside))
}

/**
 * The changes themselves, inside the caller's transaction: the console's
 * PATCH and a supervisor's re-check (server/visits/record-visit.ts) move a
 * case the same way, with the same timeline events and audit entry.
 */
export async function applyCaseUpdate(
  tx: Queryable,
  actor: User,
  row: CaseRow,
  input: CaseUpdateInput,
  assignee: User | null | undefined,
  now: string,
  alongside?: (tx: Queryable, now: string) => Promise<void>,
): Promise<void> {
  // Decide on the status as stored now, not as it was when the page loaded.
  const current = await getFeedback(tx, row.id)
  if (!current) throw new ApiError(404, 'not_found', 'No such case')
  const event = (type: CaseEventType, data: Record<string, unknown>) =>
    addEvent(tx, { feedbackId: row.id, userId: actor.id, type, data, at: now })
  const changes: { assignee?: string | null; status?: { from: string; to: string }; dueAt?: { from: string; to: string }; reason?: string } = {}

  if (assignee !== undefined && (assignee?.id ?? null) !== current.assigneeId) {
    await setAssignee(tx, row.id, assignee?.id ?? null)
    // Who handed it over matters: only an assignment by centre staff lets a supervisor reveal the contact.
    await event('assigned', { from: row.assignee, to: assignee?.username ?? null, byRole: actor.role })
    changes.assignee = assignee?.username ?? null
  }
  // Handing a new case to someone moves it to `assigned` unless a status was asked for.
  const to: CaseStatus | undefined = input.status ?? (assignee && current.status === 'new' ? 'assigned' : undefined)
  if (to !== undefined && to !== current.status) {
    // A purged case (RETENTION_DAYS) keeps its final status: reopening it would bring back a case with no content.
    if (current.purgedAt !== null || !canTransition(current.status, to)) {
      throw new ApiError(409, 'illegal_transition', `A case cannot go from ${current.status} to ${to}`)
    }
    if (to === 'assigned' && !assignee && current.assigneeId === null) {
      throw new ApiError(400, 'validation_failed', 'Say who the case is assigned to', { assignee: 'required' })
    }
    await moveStatus(tx, current, to, now)
    await event('status', { from: current.status, to, ...(input.reason && { reason: input.reason }) })
    changes.status = { from: current.status, to }
  }
  if (input.dueAt !== undefined) {
    const dueAt = new Date(input.dueAt).toISOString()
    await setDueAt(tx, row.id, dueAt)
    await countDueChange(tx, current, to ?? current.status, dueAt)
    await event('due_changed', { from: current.dueAt, to: dueAt, reason: input.reason })
    changes.dueAt = { from: current.dueAt, to: dueAt }
  }
  if (alongside) await alongside(tx, now)
  // Asking for what already is (a double click) changes nothing and records nothing.
  if (Object.keys(changes).length === 0) return
  if (input.reason) changes.reason = input.reason
  await touchByStaff(tx, row.id, now)
  await appendAudit(tx, { at: now, actor: actor.username, action: 'case_changed', target: row.id, detail: changes })
}

async function checkAssignee(deps: AppDeps, username: string, row: CaseRow): Promise<User> {
  const user = await getAssignableUser(deps.db, username)
  if (!user) throw new ApiError(400, 'validation_failed', 'No active staff account has this name', { assignee: 'unknown' })
  // A supervisor can only be handed what they are allowed to see.
  if (user.role === 'supervisor') {
    const store = row.storeCode && row.district ? { code: row.storeCode, district: row.district } : null
    if (!storeInScope(userScope(user), store) || isConflictOfInterest(row, await isHiddenFrom(deps.db, row.id, user.id))) {
      throw new ApiError(400, 'validation_failed', 'This supervisor may not see this case', { assignee: 'not_allowed' })
    }
  }
  return user
}
