// The receipts this phone received, kept in local storage so the buyer can
// find them again on /track ("我的反映"). Only the code, the store, the kind
// and the date: never the message or contact data.
import type { FeedbackKind } from '../../shared/enums.ts'

export interface KeptReceipt {
  receipt: string
  store: string | null
  kind: FeedbackKind
  at: string
}

const KEY = 'sv.receipts'
const MAX_KEPT = 30

export function keptReceipts(): KeptReceipt[] {
  try {
    return JSON.parse(localStorage.getItem(KEY) ?? '[]') as KeptReceipt[]
  } catch {
    // Storage disabled (private modes, some in-app browsers) or unreadable.
    return []
  }
}

export function keepReceipt(kept: KeptReceipt): void {
  try {
    const others = keptReceipts().filter((r) => r.receipt !== kept.receipt)
    localStorage.setItem(KEY, JSON.stringify([kept, ...others].slice(0, MAX_KEPT)))
  } catch {
    // Not kept; the receipt screen still shows the code to copy.
  }
}
