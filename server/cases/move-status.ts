// A case's status change with what rides on it, inside the caller's
// transaction: the status itself (closed_at for a final one), the moment it
// was resolved (the reporter's confirmation window runs from it), and the
// rollups. One home for this, shared by staff changes, the reporter's
// answer and the auto-close.
import type { CaseStatus } from '../../shared/enums.ts'
import { isFinalStatus } from '../../shared/lifecycle.ts'
import type { Queryable } from '../db/database.ts'
import { markResolved, setStatus } from '../db/queries/case-changes.ts'
import type { FeedbackRecord } from '../db/queries/feedback.ts'
import { countStatusChange } from '../stats/rollups.ts'

export async function moveStatus(
  tx: Queryable,
  current: Pick<FeedbackRecord, 'id' | 'status' | 'storeCode' | 'kind' | 'categoryId' | 'receivedAt' | 'dueAt'>,
  to: CaseStatus,
  now: string,
): Promise<void> {
  await setStatus(tx, current.id, to, isFinalStatus(to) ? now : null)
  if (to === 'resolved') await markResolved(tx, current.id, now)
  await countStatusChange(tx, current, current.status, to, now)
}
