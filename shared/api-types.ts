// Shapes of the API's answers, shared so the server's handlers and the
// front end's callers are checked against the same definitions.
import type { CaseStatus, Channel, FeedbackKind, NoticeScope } from './enums.ts'

export interface Label {
  zh: string
  en: string
}

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

export interface PublicCategory {
  id: string
  kind: FeedbackKind
  label: Label
  slaDays: number
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
  status: CaseStatus
  kind: FeedbackKind
  category: { id: string; label: Label | null }
  store: { code: string; name: string } | null
  createdAt: string
  receivedAt: string
  updatedAt: string
  dueAt: string
  closedAt: string | null
  overdue: boolean
  messages: { author: 'staff' | 'reporter'; text: string; createdAt: string }[]
}

export interface SessionUser {
  username: string
  role: 'admin' | 'staff' | 'supervisor' | 'viewer'
  districts: string[]
}

export interface CaseSummary {
  id: string
  receipt: string
  storeCode: string | null
  storeName: string | null
  district: string | null
  kind: FeedbackKind
  categoryId: string
  message: string
  contact: { name: string | null; phone: string | null } | null
  anonymous: boolean
  channel: Channel
  status: CaseStatus
  createdAt: string
  receivedAt: string
  dueAt: string
  overdue: boolean
}

export interface Page<T> {
  items: T[]
  total: number
  page: number
  pageSize: number
}

export interface StoreStatsRow {
  storeCode: string | null
  name: string | null
  district: string | null
  total: number
  open: number
  overdue: number
  byKind: Partial<Record<FeedbackKind, number>>
  byCategory: Record<string, number>
}

/** A store as the console's registry sees it (inactive ones included). */
export interface AdminStore {
  code: string
  name: string
  district: string
  address: string
  supervisorName: string
  supervisorPhone: string
  active: boolean
  posterVersion: string | null
  posterIssuedAt: string | null
}

export type StoreField = 'name' | 'district' | 'address' | 'supervisorName' | 'supervisorPhone' | 'active'

/** What a CSV import does (or did, when applied). Lines are the file's, the header being line 1. */
export interface StoreImportReport {
  applied: boolean
  rows: number
  add: { line: number; code: string; name: string; district: string }[]
  change: { line: number; code: string; changes: Partial<Record<StoreField, { from: string | boolean; to: string | boolean }>> }[]
  deactivate: { line: number | null; code: string; name: string }[]
  unchanged: number
  invalid: { line: number; field: string; reason: string; code?: string }[]
  /** Active stores the file does not mention; deactivated only with ?deactivateMissing=1. */
  missing: { code: string; name: string; district: string }[]
  unknownColumns: string[]
  encoding: 'utf-8' | 'gb18030'
}

export interface NoticeVersionView {
  version: number
  title: string
  body: string
  titleEn: string | null
  bodyEn: string | null
  scope: NoticeScope
  district: string | null
  stores: string[]
  effectiveDate: string
  createdAt: string
  createdBy: string | null
}

export interface NoticeDocument {
  id: number
  key: string | null
  sortOrder: number
  active: boolean
  /** Newest first. */
  versions: NoticeVersionView[]
}

export interface SilentStore {
  code: string
  name: string
  district: string
  supervisorName: string
  posterVersion: string | null
  posterIssuedAt: string | null
  /** China-local day of the last poster scan; null when never scanned. */
  lastScanDay: string | null
}
