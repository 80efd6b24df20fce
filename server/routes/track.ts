import { Hono } from 'hono'
import type { ConfirmAnswer, TrackView } from '../../shared/api-types.ts'
import { confirmSchema } from '../../shared/confirm-schema.ts'
import { isOpenProblem } from '../../shared/enums.ts'
import { receiptParamSchema, trackMessageSchema } from '../../shared/schemas.ts'
import { addWorkingDays } from '../../shared/working-days.ts'
import { alertReporterMessage } from '../alerts/case-alerts.ts'
import { ApiError } from '../api-error.ts'
import { confirmFix } from '../cases/confirm-fix.ts'
import { getActiveCategory } from '../db/queries/categories.ts'
import { addReporterMessage, getFeedbackByReceipt, listPublicMessages } from '../db/queries/feedback.ts'
import { getStore } from '../db/queries/stores.ts'
import { getQuarantinedByReceipt } from '../db/queries/quarantine.ts'
import { heldTrackView } from '../quarantine/held-track-view.ts'
import { hideFromConcerned } from '../conflicts/hide-from-concerned.ts'
import type { AppDeps, AppEnv } from '../deps.ts'
import { jsonBody } from '../middleware/json-body.ts'
import { pathParams } from '../middleware/path-params.ts'

// What a receipt holder may see. Never contact data, never the original
// message (a receipt shown on a shared kiosk screen could be photographed),
// never internal notes.
export function trackRoutes(deps: AppDeps) {
  const app = new Hono<AppEnv>()

  const findCase = async (receipt: string) => {
    const found = await getFeedbackByReceipt(deps.db, receipt)
    if (!found) throw new ApiError(404, 'not_found', 'No case has this receipt code')
    return found
  }

  app.get('/:receipt', pathParams(receiptParamSchema), async (c) => {
    const receipt = c.req.valid('param').receipt
    const held = (await getFeedbackByReceipt(deps.db, receipt)) ? undefined : await getQuarantinedByReceipt(deps.db, receipt)
    if (held?.receipt) return c.json(await heldTrackView(deps.db, { ...held, receipt: held.receipt }))
    const f = await findCase(receipt)
    const [category, store, messages] = await Promise.all([
      getActiveCategory(deps.db, f.categoryId),
      f.storeCode ? getStore(deps.db, f.storeCode) : undefined,
      listPublicMessages(deps.db, f.id),
    ])
    return c.json({
      receipt: f.receipt,
      status: f.status,
      kind: f.kind,
      category: { id: f.categoryId, label: category?.label ?? null },
      store: store ? { code: store.code, name: store.name } : null,
      createdAt: f.createdAt,
      receivedAt: f.receivedAt,
      updatedAt: f.updatedAt,
      dueAt: f.dueAt,
      closedAt: f.closedAt,
      overdue: isOpenProblem(f.kind, f.status) && f.dueAt < deps.clock.now().toISOString(),
      messages,
      canConfirm: f.status === 'resolved',
      autoCloseAt:
        f.status === 'resolved' && f.resolvedAt
          ? addWorkingDays(new Date(f.resolvedAt), deps.config.confirmDays, deps.calendar.get()).toISOString()
          : null,
    } satisfies TrackView)
  })

  app.post('/:receipt/messages', pathParams(receiptParamSchema), jsonBody(trackMessageSchema), async (c) => {
    const f = await findCase(c.req.valid('param').receipt)
    if (f.status === 'closed' || f.status === 'rejected') {
      throw new ApiError(409, 'conflict', 'This case is closed; call the hotline or send a new report')
    }
    const now = deps.clock.now().toISOString()
    const text = c.req.valid('json').text
    await deps.db.transaction(async (tx) => {
      await addReporterMessage(tx, f.id, text, now)
      await hideFromConcerned(tx, { feedbackId: f.id, storeCode: f.storeCode, text, at: now })
      await alertReporterMessage(tx, f.id, now)
    })
    return c.json({ ok: true }, 201)
  })

  // The reporter's answer to "问题解决了吗？" on a resolved case (issue 11).
  app.post('/:receipt/confirm', pathParams(receiptParamSchema), jsonBody(confirmSchema), async (c) => {
    const f = await findCase(c.req.valid('param').receipt)
    return c.json<ConfirmAnswer>({ status: await confirmFix(deps, f.id, c.req.valid('json')) })
  })

  return app
}
