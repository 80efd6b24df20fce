// What /track answers for a held submission (issue 13): it was received and
// is under review, so the reporter is not told their receipt does not
// exist. No deadline until staff release it as a case.
import type { TrackView } from '../../shared/api-types.ts'
import type { FeedbackInput } from '../../shared/schemas.ts'
import { getActiveCategory } from '../db/queries/categories.ts'
import type { QuarantinedFeedback } from '../db/queries/quarantine.ts'
import { getStore } from '../db/queries/stores.ts'
import type { Queryable } from '../db/database.ts'

export async function heldTrackView(db: Queryable, held: QuarantinedFeedback & { receipt: string }): Promise<TrackView> {
  const input = JSON.parse(held.payload) as FeedbackInput
  const [category, store] = await Promise.all([
    getActiveCategory(db, input.category),
    held.storeCode ? getStore(db, held.storeCode) : undefined,
  ])
  return {
    receipt: held.receipt,
    status: 'under_review',
    kind: input.kind,
    category: { id: input.category, label: category?.label ?? null },
    store: store ? { code: store.code, name: store.name } : null,
    createdAt: input.createdAt,
    receivedAt: held.receivedAt,
    updatedAt: held.receivedAt,
    dueAt: null,
    closedAt: null,
    overdue: false,
    messages: [],
    canConfirm: false,
    autoCloseAt: null,
    purged: false,
  }
}
