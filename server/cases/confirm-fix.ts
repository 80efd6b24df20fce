// POST /api/track/:receipt/confirm, and /track/:receipt/confirm without
// scripts: the reporter answers "问题解决了吗？" on a resolved case (never on
// a praise, which is no problem to fix). Yes closes it; no sends it back to
// in_progress, flagged for the handler, with the reporter's comment on the
// timeline. Either way the answer (and the optional 1-5 rating) is counted
// for the store.
import type { CaseStatus } from '../../shared/enums.ts'
import type { ConfirmInput } from '../../shared/confirm-schema.ts'
import { asksIfFixed } from '../../shared/lifecycle.ts'
import { alertReporterMessage } from '../alerts/case-alerts.ts'
import { ApiError } from '../api-error.ts'
import { addEvent, markNotFixed, touchByReporter } from '../db/queries/case-changes.ts'
import { countOutcome } from '../stats/satisfaction.ts'
import { addReporterMessage, getFeedbackByReceipt } from '../db/queries/feedback.ts'
import type { AppDeps } from '../deps.ts'
import { moveStatus } from './move-status.ts'

/** The answer of the receipt's holder, from /api/track or from /track's plain form. */
export async function confirmFix(deps: AppDeps, receipt: string, input: ConfirmInput): Promise<CaseStatus> {
  const now = deps.clock.now().toISOString()
  return deps.db.transaction(async (tx) => {
    // Decide on the status as stored now: a second click must not answer twice.
    const current = await getFeedbackByReceipt(tx, receipt)
    if (!current) throw new ApiError(404, 'not_found', 'No case has this receipt code')
    if (!asksIfFixed(current.kind, current.status)) {
      throw new ApiError(409, 'illegal_transition', 'Only a resolved problem asks whether it was fixed (a praise never does)')
    }
    const to: CaseStatus = input.fixed ? 'closed' : 'in_progress'
    await moveStatus(tx, current, to, now)
    if (!input.fixed) await markNotFixed(tx, current.id)
    const rating = input.rating ?? null
    await addEvent(tx, {
      feedbackId: current.id,
      userId: null,
      type: input.fixed ? 'reporter_confirmed' : 'reporter_reopened',
      data: { from: current.status, to, ...(rating !== null && { rating }) },
      at: now,
    })
    if (input.comment) {
      await addReporterMessage(tx, current.id, input.comment, now)
      await alertReporterMessage(tx, current.id, now)
    }
    await touchByReporter(tx, current.id, now)
    await countOutcome(tx, current.storeCode, input.fixed ? 'fixed' : 'not_fixed', rating)
    return to
  })
}
