// A staff reply (public) or note (internal) on a case, optionally with a
// status move in the same transaction (issue 11): used by the console's
// POST /api/admin/feedback/:id/replies and by the demo samples.
import type { ReplyInput } from '../../shared/staff-schemas.ts'
import type { User } from '../../shared/user.ts'
import { hideFromConcerned } from '../conflicts/hide-from-concerned.ts'
import { addEvent, addStaffMessage, touchByStaff } from '../db/queries/case-changes.ts'
import type { CaseRow } from '../db/queries/cases.ts'
import type { Queryable } from '../db/database.ts'
import type { AppDeps } from '../deps.ts'
import { ApiError } from '../api-error.ts'
import { updateCase } from './update-case.ts'

export async function replyToCase(deps: AppDeps, user: User, row: CaseRow, input: ReplyInput): Promise<{ id: number; at: string }> {
  // Retention erased what was written on it; a reply or note written now would outlive the policy.
  if (row.purgedAt !== null) throw new ApiError(409, 'conflict', 'This case was purged by retention: nothing more can be written on it')
  let at = deps.clock.now().toISOString()
  let id = 0
  const write = async (tx: Queryable, now: string) => {
    at = now
    id = await addStaffMessage(tx, { feedbackId: row.id, userId: user.id, text: input.text, public: input.public, at })
    await addEvent(tx, { feedbackId: row.id, userId: user.id, type: input.public ? 'reply' : 'note', data: { messageId: id }, at })
    await touchByStaff(tx, row.id, at)
    await hideFromConcerned(tx, { feedbackId: row.id, storeCode: row.storeCode, text: input.text, at })
  }
  // With a status, the move and the reply are one transaction: an illegal move stores neither.
  if (input.status !== undefined) await updateCase(deps, user, row, { status: input.status }, write)
  else await deps.db.transaction((tx) => write(tx, at))
  return { id, at }
}
