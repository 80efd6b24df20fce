// The console's answers for the store registry, notices, posters and the
// tablet fleet.
import type { NoticeScope } from './enums.ts'

/** A store as the registry keeps it. */
export interface StoreRecord {
  code: string
  name: string
  district: string
  address: string
  supervisorName: string
  supervisorPhone: string
  active: boolean
}

/** A store as the console's registry sees it (inactive ones included). */
export interface AdminStore extends StoreRecord {
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

/** POST /api/admin/stores/:code/pairing-codes: the code is shown once, as text and as a QR code of pairUrl. */
export interface PairingCodeCreated {
  /** Formatted ABCD-EFGH; the tablet accepts it typed or through pairUrl. */
  code: string
  expiresAt: string
  /** PUBLIC_URL/kiosk?pair=<code>: the tablet's pairing screen submits it on opening. */
  pairUrl: string
  /** The store the code pairs a tablet with, by name. */
  storeName: string
}

/** GET /api/admin/devices rows: one store tablet as the fleet page shows it. */
export interface FleetDevice {
  id: number
  storeCode: string
  storeName: string
  district: string
  name: string
  pairedAt: string
  lastHeartbeatAt: string | null
  appVersion: string | null
  /** What the tablet last said it shows; null before its first heartbeat. */
  noticeVersion: string | null
  /** What the store's page serves now (GET /api/stores/:code noticeVersion). */
  currentNoticeVersion: string
  outboxLength: number | null
  revokedAt: string | null
  /** Live, and no sign of life (heartbeat, or pairing before the first one) for more than 24 hours. */
  offline: boolean
  /** Live, has reported, and shows other notices than the store's current ones. */
  staleNotices: boolean
}

/** Why phones could not reach the address on the posters: PUBLIC_URL unset, or naming this machine only. */
export type PublicUrlProblem = 'unset' | 'loopback'

/** GET /api/admin/public-url: the base of every poster's QR code, and whether phones can reach it. */
export interface PublicUrlStatus {
  publicUrl: string
  problem: PublicUrlProblem | null
}
