// Shapes of the API's answers, shared so the server's handlers and the
// front end's callers are checked against the same definitions.
import type { CaseStatus, Channel, FeedbackKind } from './enums.ts'

export interface Label {
  zh: string
  en: string
}

export interface PublicNotice {
  id: number
  title: string
  body: string
  version: number
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

/** A tablet's answer to a successful pairing; the token is shown only this once. */
export interface KioskPairing {
  token: string
  store: { code: string; name: string }
}
