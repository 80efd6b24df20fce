// POST /api/admin/feedback: staff record a case someone gave them by
// hotline, letter, visit or event (issue 11). It gets a receipt code to read
// out to the caller and then lives like any other case. The deadline counts
// from when it was received (the call, the letter's arrival), which may be
// earlier than when it is typed in. A retry with the same id stores nothing
// new, as on the public route.
import type { StaffIntakeAccepted } from '../../shared/api-types.ts'
import type { StaffIntakeInput } from '../../shared/loop-schemas.ts'
import { newReceipt } from '../../shared/receipt.ts'
import type { User } from '../../shared/user.ts'
import { addWorkingDays } from '../../shared/working-days.ts'
import { ApiError } from '../api-error.ts'
import { appendAudit } from '../db/queries/audit.ts'
import { getFeedback, getFeedbackByReceipt } from '../db/queries/feedback.ts'
import type { AppDeps } from '../deps.ts'
import { hashFields } from './public-case.ts'
import { checkCategoryAndStore, storeCase } from './submit-feedback.ts'

export async function recordStaffCase(
  deps: AppDeps,
  actor: User,
  input: StaffIntakeInput,
): Promise<{ accepted: StaffIntakeAccepted; created: boolean }> {
  const now = deps.clock.now()
  const receivedAt = input.receivedAt ? new Date(input.receivedAt) : now
  if (receivedAt > now) throw new ApiError(400, 'validation_failed', 'receivedAt is in the future', { receivedAt: 'in_future' })
  const { category, storeCode } = await checkCategoryAndStore(deps, input)
  const receipt = newReceipt()
  const payloadHash = hashIntake(input)
  const dueAt = addWorkingDays(receivedAt, category.slaDays, deps.calendar.get()).toISOString()

  return deps.db.transaction(async (tx) => {
    const existing = await getFeedback(tx, input.id)
    if (existing) {
      if (existing.payloadHash !== payloadHash) throw new ApiError(409, 'id_reused', 'This id was already used for a different case')
      return { accepted: { id: input.id, receipt: existing.receipt, status: existing.status, dueAt: existing.dueAt }, created: false }
    }
    // 65 random bits: a draw that another case holds is astronomically unlikely, and sending again draws anew.
    if (await getFeedbackByReceipt(tx, receipt)) {
      throw new ApiError(409, 'conflict', 'The receipt drawn for this case belongs to another; send it again')
    }
    await storeCase(tx, {
      id: input.id,
      receipt,
      payloadHash,
      storeCode,
      kind: input.kind,
      categoryId: category.id,
      message: input.message,
      contactName: input.contact?.name || null,
      contactPhone: input.contact?.phone || null,
      anonymous: false,
      channel: input.channel,
      createdAt: receivedAt.toISOString(),
      receivedAt: receivedAt.toISOString(),
      dueAt,
      recordedBy: actor.id,
    })
    await appendAudit(tx, { at: now.toISOString(), actor: actor.username, action: 'case_recorded', target: input.id, detail: { channel: input.channel } })
    return { accepted: { id: input.id, receipt, status: 'new', dueAt }, created: true }
  })
}

function hashIntake(input: StaffIntakeInput): string {
  return hashFields([
    input.id,
    input.storeCode ?? null,
    input.kind,
    input.category,
    input.message,
    input.contact?.name ?? '',
    input.contact?.phone ?? '',
    input.channel,
    input.receivedAt ?? null,
  ])
}
