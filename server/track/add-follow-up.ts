// The reporter's follow-up on their case, sent from the tracking page (as
// JSON by the script, or as a plain form without scripts).
import { alertReporterMessage } from '../alerts/case-alerts.ts'
import { ApiError } from '../api-error.ts'
import { hideFromConcerned } from '../conflicts/hide-from-concerned.ts'
import { addReporterMessage, getFeedbackByReceipt } from '../db/queries/feedback.ts'
import type { AppDeps } from '../deps.ts'

export async function addFollowUp(deps: AppDeps, receipt: string, text: string): Promise<void> {
  const f = await getFeedbackByReceipt(deps.db, receipt)
  if (!f) throw new ApiError(404, 'not_found', 'No case has this receipt code')
  if (f.status === 'closed' || f.status === 'rejected') {
    throw new ApiError(409, 'conflict', 'This case is closed; call the hotline or send a new report')
  }
  const now = deps.clock.now().toISOString()
  await deps.db.transaction(async (tx) => {
    await addReporterMessage(tx, f.id, text, now)
    await hideFromConcerned(tx, { feedbackId: f.id, storeCode: f.storeCode, text, at: now })
    await alertReporterMessage(tx, f.id, now)
  })
}
