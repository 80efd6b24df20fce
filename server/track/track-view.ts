// What a receipt holder may see, for GET /api/track/:receipt and the
// server-rendered /track/:receipt alike. Never contact data, never the
// original message (a receipt shown on a shared kiosk screen could be
// photographed), never internal notes.
import type { TrackView } from '../../shared/api-types.ts'
import { isOpenProblem } from '../../shared/enums.ts'
import { asksIfFixed } from '../../shared/lifecycle.ts'
import { addWorkingDays } from '../../shared/working-days.ts'
import { getActiveCategory } from '../db/queries/categories.ts'
import { getFeedbackByReceipt, listPublicMessages } from '../db/queries/feedback.ts'
import { getQuarantinedByReceipt } from '../db/queries/quarantine.ts'
import { getStore } from '../db/queries/stores.ts'
import type { AppDeps } from '../deps.ts'
import { heldTrackView } from '../quarantine/held-track-view.ts'

/** null: no case and no held submission has this receipt. */
export async function trackView(deps: AppDeps, receipt: string): Promise<TrackView | null> {
  const f = await getFeedbackByReceipt(deps.db, receipt)
  if (!f) {
    const held = await getQuarantinedByReceipt(deps.db, receipt)
    return held?.receipt ? heldTrackView(deps.db, { ...held, receipt: held.receipt }) : null
  }
  const [category, store, messages] = await Promise.all([
    getActiveCategory(deps.db, f.categoryId),
    f.storeCode ? getStore(deps.db, f.storeCode) : undefined,
    listPublicMessages(deps.db, f.id),
  ])
  return {
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
    canConfirm: asksIfFixed(f.kind, f.status),
    autoCloseAt:
      f.status === 'resolved' && f.resolvedAt
        ? addWorkingDays(new Date(f.resolvedAt), deps.config.confirmDays, deps.calendar.get()).toISOString()
        : null,
    purged: f.purgedAt !== null,
  }
}
