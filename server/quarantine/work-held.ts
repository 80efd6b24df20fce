// Staff working the held submissions (issue 13): release one into a case
// under the receipt its sender already holds, or discard it. Both are
// audited. What was held stays out of the cases and counts until released.
import type { FeedbackInput } from '../../shared/schemas.ts'
import type { User } from '../../shared/user.ts'
import { addWorkingDays } from '../../shared/working-days.ts'
import { ApiError } from '../api-error.ts'
import { hashPayload, publicCase } from '../cases/public-case.ts'
import { storeCase } from '../cases/submit-feedback.ts'
import { appendAudit } from '../db/queries/audit.ts'
import { getActiveCategory } from '../db/queries/categories.ts'
import { getFeedback, getFeedbackByReceipt } from '../db/queries/feedback.ts'
import { deleteQuarantined, getQuarantined } from '../db/queries/quarantine.ts'
import type { AppDeps } from '../deps.ts'

/** Makes the held submission a case with the same id and receipt; answers the receipt. */
export async function releaseHeld(deps: AppDeps, id: string, actor: User): Promise<{ id: string; receipt: string }> {
  const at = deps.clock.now().toISOString()
  return deps.db.transaction(async (tx) => {
    const held = await getQuarantined(tx, id)
    if (!held) throw new ApiError(404, 'not_found', 'Nothing is held under this id')
    if (!held.receipt || (await getFeedbackByReceipt(tx, held.receipt)) || (await getFeedback(tx, held.id))) {
      throw new ApiError(409, 'conflict', 'Its receipt belongs to another case; it can only be discarded')
    }
    const input = JSON.parse(held.payload) as FeedbackInput
    const category = await getActiveCategory(tx, input.category)
    if (!category) throw new ApiError(409, 'conflict', 'Its category no longer exists; it can only be discarded')
    // The deadline runs from when the reporter sent it, not from the release.
    const dueAt = addWorkingDays(new Date(held.receivedAt), category.slaDays, deps.calendar.get()).toISOString()
    await storeCase(tx, { ...publicCase(input, { receipt: held.receipt, payloadHash: hashPayload(input), storeCode: held.storeCode, receivedAt: held.receivedAt, dueAt }), id: held.id })
    await deleteQuarantined(tx, held.id)
    await appendAudit(tx, { at, actor: actor.username, action: 'quarantine_released', target: held.id, detail: { reason: held.reason } })
    return { id: held.id, receipt: held.receipt }
  })
}

export async function discardHeld(deps: AppDeps, id: string, actor: User): Promise<void> {
  const at = deps.clock.now().toISOString()
  await deps.db.transaction(async (tx) => {
    const held = await getQuarantined(tx, id)
    if (!held || !(await deleteQuarantined(tx, id))) throw new ApiError(404, 'not_found', 'Nothing is held under this id')
    await appendAudit(tx, { at, actor: actor.username, action: 'quarantine_discarded', target: id, detail: { reason: held.reason } })
  })
}
