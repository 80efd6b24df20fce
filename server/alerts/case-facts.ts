// The facts of a case an alert may carry, picked field by field: category,
// store, district, status and deadline (the console link is added when
// the alert is written). Nothing else of
// the case (contact, receipt, message text) is read into an alert.
import type { CaseStatus, FeedbackKind } from '../../shared/enums.ts'
import type { CaseFacts } from './alert-message.ts'

export interface CaseFactsSource {
  id: string
  kind: FeedbackKind
  categoryId: string
  labelZh: string
  storeCode: string | null
  storeName: string | null
  district: string | null
  status: CaseStatus
  dueAt: string
}

export function caseFacts(c: CaseFactsSource): CaseFacts {
  return {
    id: c.id,
    kind: c.kind,
    category: c.categoryId,
    categoryLabel: c.labelZh,
    storeCode: c.storeCode,
    storeName: c.storeName,
    district: c.district,
    status: c.status,
    dueAt: c.dueAt,
  }
}
