// Shapes of the API's answers, shared so the server's handlers and the
// front end's callers are checked against the same definitions. The public
// answers are here; the console's are in staff-types.ts (cases, accounts,
// stats, audit) and registry-types.ts (stores, notices, posters, tablets),
// re-exported so every caller imports from one place.
import type { Label } from './category-types.ts'
import type { CaseStatus, FeedbackKind } from './enums.ts'

export * from './category-types.ts'
export * from './loop-types.ts'
export * from './registry-types.ts'
export * from './staff-types.ts'

/** A notice as a store shows it: the version in force for that store. `id` is the document's, stable across versions. */
export interface PublicNotice {
  id: number
  title: string
  body: string
  version: number
  effectiveDate: string
  titleEn?: string
  bodyEn?: string
}

export interface PublicStore {
  code: string
  name: string
  district: string
  address: string
  active: boolean
  supervisor: { name: string; phone: string }
  hotline: string
  notices: PublicNotice[]
  /** Short digest of the notice versions in force here; kiosks report it in heartbeats. */
  noticeVersion: string
}

export interface StoreDirectory {
  items: { code: string; name: string; district: string; address: string }[]
  total: number
  page: number
  pageSize: number
  districts: string[]
}

export interface FeedbackAccepted {
  id: string
  receipt: string
  status: CaseStatus
  dueAt: string
  slaDays: number
}

export interface TrackView {
  receipt: string
  /** `under_review`: held for staff to look at (issue 13); not a case yet. */
  status: CaseStatus | 'under_review'
  kind: FeedbackKind
  category: { id: string; label: Label | null }
  store: { code: string; name: string } | null
  createdAt: string
  receivedAt: string
  updatedAt: string
  /** null while under review. */
  dueAt: string | null
  closedAt: string | null
  overdue: boolean
  messages: { author: 'staff' | 'reporter'; text: string; createdAt: string }[]
  /** Resolved: the page asks "问题解决了吗？" (POST /api/track/:receipt/confirm). */
  canConfirm: boolean
  /** When a resolved case closes itself without an answer; null unless resolved. */
  autoCloseAt: string | null
  /** Retention erased the case's content (RETENTION_DAYS): the page says so and shows no replies. */
  purged: boolean
}

/** A tablet's answer to a successful pairing; the token is shown only this once. */
export interface KioskPairing {
  token: string
  store: { code: string; name: string }
}
