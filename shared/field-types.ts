// The answers of the field-work API (issue 10), typed once for the server
// and the console.
import type { Label } from './category-types.ts'
import type { CaseStatus, CheckResult, RiskLevel, RiskStatus, VisitType } from './enums.ts'
import type { PhotoRef } from './photos.ts'

/** GET /api/admin/checklists: the current version of each template. */
export interface ChecklistTemplate {
  id: string
  version: number
  title: Label
  items: { id: string; label: Label; categoryId: string }[]
}

/** POST /api/admin/visits → 201 (200 for a retry). */
export interface VisitCreated {
  id: string
  casesCreated: string[]
}

export interface VisitSummary {
  id: string
  storeCode: string
  storeName: string
  district: string
  type: VisitType
  by: string
  startedAt: string
  receivedAt: string
  note: string
  checklist: { id: string; version: number } | null
  /** Inspection: the answers, with the case each failure opened. */
  results: VisitItemResult[]
  training: { topic: string; attendees: number; acknowledgedBy: string | null } | null
  recheck: { caseId: string; rectified: boolean } | null
  /** Photos of the visit as a whole (issue 15). */
  photos: PhotoRef[]
}

export interface VisitItemResult {
  itemId: string
  result: CheckResult
  note: string
  caseId: string | null
  /** The supervisor's photos of this item; left out when its case is hidden from the viewer. */
  photos: PhotoRef[]
}

/** A visit as stored, before its photos are added for the viewer. */
export type StoredVisitSummary = Omit<VisitSummary, 'results' | 'photos'> & { results: Omit<VisitItemResult, 'photos'>[] }

/** Progress figures of one district or one store supervisor. */
export interface ProgressRow {
  stores: number
  inspected: number
  trained: number
  failedItems: number
  fixedOnSite: number
}

/** GET /api/admin/campaigns/:id/progress */
export interface CampaignProgress extends ProgressRow {
  asOf: string
  campaign: { id: number; name: string; from: string; to: string; districts: string[]; targets: { inspectedPct: number | null; trainedPct: number | null } }
  rectification: { open: number; closed: number; overdue: number }
  byDistrict: (ProgressRow & { district: string })[]
  bySupervisor: (ProgressRow & { supervisor: string })[]
}

export interface CampaignSummary {
  id: number
  name: string
  from: string
  to: string
  districts: string[]
}

export interface Risk {
  id: number
  version: number
  title: string
  description: string
  level: RiskLevel
  status: RiskStatus
  owner: string
  controls: string
  reviewBy: string
  categoryIds: string[]
  /** Open cases whose category is linked to this risk, in the reader's scope. */
  openCases: number
  updatedAt: string
}

export interface FieldEvent {
  id: number
  version: number
  title: string
  occurredOn: string
  storeCodes: string[]
  caseIds: string[]
  followUp: string
  updatedAt: string
}

/** An event named where it is linked from: a case that it records. */
export type EventLink = Pick<FieldEvent, 'id' | 'title'>

/** One field of a library entry as it was before a version and as that version set it. */
export interface FieldChange {
  field: string
  before: unknown
  after: unknown
}

/** One version of a risk or an event: who wrote it, when, and what it changed (version 1: every field, before null). */
export interface LibraryVersion {
  version: number
  editedBy: string | null
  at: string
  changes: FieldChange[]
}

/** GET /api/admin/risks/:id */
export interface RiskDetail extends Risk {
  history: LibraryVersion[]
}

/** GET /api/admin/events/:id */
export interface FieldEventDetail extends FieldEvent {
  history: LibraryVersion[]
}

/** A case a re-check may close: an open inspection case of a store in scope. */
export interface DueRecheck {
  caseId: string
  storeCode: string
  storeName: string
  categoryId: string
  status: CaseStatus
  dueAt: string
  message: string
}

/** GET /api/admin/visits/stores: a store in scope and when it was last visited (null: never). */
export interface StoreLastVisit {
  code: string
  name: string
  district: string
  lastVisitAt: string | null
}
