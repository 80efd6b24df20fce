// The staff console's answers (see README "Roles" for who may call what).
import type { Label, PublicCategory } from './category-types.ts'
import type { CaseStatus, Channel, FeedbackKind, Role } from './enums.ts'
import type { EventLink } from './field-types.ts'
import type { PhotoRef } from './photos.ts'

export interface SessionUser {
  username: string
  role: Role
  /** A supervisor's districts; empty for other roles. */
  districts: string[]
  /** Single stores (station codes) a supervisor looks after beyond their districts. */
  stores: string[]
}

/** POST /api/auth/login and GET /api/auth/me. Send csrfToken as X-CSRF-Token on every write. */
export interface AuthAnswer {
  user: SessionUser
  csrfToken: string
}

/** GET /api/admin/users rows; POST/PATCH answer one. */
export interface StaffUser extends SessionUser {
  /** The person's name (as in the store registry's 专管员 column); null when not given. */
  name: string | null
  disabled: boolean
  createdAt: string
}

export interface CaseSummary {
  id: string
  receipt: string
  storeCode: string | null
  storeName: string | null
  district: string | null
  kind: FeedbackKind
  categoryId: string
  categoryLabel: Label
  message: string
  /** Always masked here; POST …/reveal gives the full value. */
  contact: { name: string | null; phone: string | null } | null
  anonymous: boolean
  channel: Channel
  /** The supervisor's visit that found it (channel `inspection`), else null. */
  visitId: string | null
  status: CaseStatus
  assignee: string | null
  createdAt: string
  receivedAt: string
  updatedAt: string
  dueAt: string
  closedAt: string | null
  overdue: boolean
  /** Open and due before the end of the next working day. */
  dueSoon: boolean
  /** Still `new` after the acknowledge-within-1-working-day SLA. */
  ackOverdue: boolean
  /** The reporter wrote after the last staff action on the case. */
  hasReporterUpdate: boolean
  /** The reporter answered "not fixed" to the last resolution (issue 11). */
  notFixed: boolean
  /** When retention erased the case's message, contact data, messages and photos; null: not purged. */
  purgedAt: string | null
}

export interface Page<T> {
  items: T[]
  total: number
  page: number
  pageSize: number
}

export interface CaseCounts {
  byStatus: Record<CaseStatus, number>
  /** Open problems: the open statuses without praise (the tab of ?status=open). */
  open: number
  overdue: number
  dueSoon: number
  ackOverdue: number
}

/** GET /api/admin/feedback */
export interface CaseList extends Page<CaseSummary> {
  counts: CaseCounts
}

const CASE_EVENT_TYPES = [
  'created',
  'status',
  'assigned',
  'due_changed',
  'note',
  'reply',
  'reporter_message',
  'contact_revealed',
  'reporter_confirmed',
  'reporter_reopened',
  'auto_closed',
  'recheck',
  'purged',
] as const
export type CaseEventType = (typeof CASE_EVENT_TYPES)[number]

/**
 * One line of a case's timeline. `data` by type: status {from, to, reason?},
 * assigned {from, to} (usernames or null), due_changed {from, to, reason},
 * note/reply {messageId}, created {channel}, reporter_confirmed and
 * reporter_reopened {from, to, rating?}, auto_closed {days},
 * recheck {visitId, rectified, note}, purged {days}.
 */
export interface CaseEvent {
  id: number
  type: CaseEventType
  at: string
  /** Username; null for the reporter or the system. */
  actor: string | null
  data: Record<string, unknown>
}

export interface CaseMessageView {
  id: number
  author: 'staff' | 'reporter'
  text: string
  public: boolean
  createdAt: string
  by: string | null
}

/** GET /api/admin/feedback/:id */
export interface CaseDetail {
  case: CaseSummary
  events: CaseEvent[]
  messages: CaseMessageView[]
  allowedTransitions: CaseStatus[]
  /** Whether POST …/reveal will answer for this user. */
  canReveal: boolean
  /** The evidence photos sent with the case (issue 15), oldest first. */
  photos: PhotoRef[]
  /** The event library's events that record this case, as far as the user may see them. */
  recordedIn: EventLink[]
}

/** POST /api/admin/feedback/:id/replies (201) */
export interface ReplyAdded {
  message: CaseMessageView
}

/** PATCH /api/admin/feedback/:id */
export interface CaseUpdated {
  case: CaseSummary
}

/** POST /api/admin/feedback/:id/reveal */
export interface RevealedContact {
  contact: { name: string | null; phone: string | null }
}

/** GET /api/admin/categories (all, including inactive). */
export interface AdminCategory extends PublicCategory {
  active: boolean
  /** Cases of this category raise the case.grave alert. */
  grave: boolean
}

export interface CalendarYear {
  year: number
  holidays: { name: string; from: string; to: string }[]
  workdays: string[]
  /** 'file' = shipped in server/calendar; 'db' = loaded by the centre (wins over the file). */
  source: 'file' | 'db'
}

export type FeedbackKindCounts = Partial<Record<FeedbackKind, number>>

/** How reporters judged the fixes (issue 11); see server/stats/satisfaction.ts. */
export interface Satisfaction {
  /** Mean of the reporters' 1-5 ratings, to one decimal; null without any. */
  satisfaction: number | null
  ratings: number
  /** Confirmed fixed ÷ (confirmed fixed + not fixed + closed without an answer); null before any outcome. */
  confirmedFixedRate: number | null
}

export interface StoreStatsRow extends Satisfaction {
  storeCode: string | null
  name: string | null
  district: string | null
  total: number
  open: number
  overdue: number
  byKind: FeedbackKindCounts
  byCategory: Record<string, number>
  dueSoon: number
  /** Still `new` after the acknowledge SLA (1 working day). */
  ackOverdue: number
  /** Median hours from receipt to `closed`; null when nothing closed yet. */
  medianCloseHours: number | null
  last7: number
  last30: number
  last90: number
  /** Today's submissions far above the store's own normal level (see README). */
  burst: boolean
  /** Higher = look first. */
  attention: number
}

export interface WeeklyPoint {
  /** Monday of the week (China date), YYYY-MM-DD. */
  week: string
  count: number
}

/** GET /api/admin/stats/stores/:code */
export interface StoreStatsDetail {
  store: StoreStatsRow
  weekly: WeeklyPoint[]
}

export interface DistrictStatsRow extends Satisfaction {
  district: string
  total: number
  open: number
  overdue: number
  byKind: FeedbackKindCounts
  medianCloseHours: number | null
}

export interface BurstFlag {
  storeCode: string
  name: string
  date: string
  count: number
  baseline: number
}

/** GET /api/admin/stats/dashboard */
export interface Dashboard extends Satisfaction {
  newThisWeek: number
  open: number
  overdue: number
  dueSoon: number
  /** Still `new` after the acknowledge SLA. */
  ackOverdue: number
  medianCloseHours: number | null
  byDistrict: { district: string; total: number; open: number; overdue: number }[]
  byCategory: { categoryId: string; label: Label; count: number }[]
  weekly: WeeklyPoint[]
  bursts: BurstFlag[]
}

export const AUDIT_ACTIONS = [
  'login_ok',
  'login_failed',
  'logout',
  'contact_revealed',
  'export',
  'case_changed',
  'user_created',
  'user_changed',
  'category_changed',
  'calendar_changed',
  'pairing_code_created',
  'device_renamed',
  'device_revoked',
  'photo_viewed',
  'case_recorded',
  'reply_template_changed',
  'notification_channel_changed',
  'login_unlocked',
  'admin_password_changed',
  'store_changed',
  'quarantine_released',
  'quarantine_discarded',
  'checklist_published',
  'campaign_created',
  'risk_saved',
  'event_saved',
  'risk_edited',
  'event_edited',
  'retention_purged',
] as const
export type AuditAction = (typeof AUDIT_ACTIONS)[number]

export interface AuditEntry {
  id: number
  at: string
  actor: string | null
  action: AuditAction
  target: string | null
  detail: Record<string, unknown>
}

/** A submission held for review (GET /api/admin/quarantine; issue 13). */
export interface HeldSubmission {
  id: string
  /** The receipt its sender holds; null when it belongs to another case. */
  receipt: string | null
  reason: 'honeypot' | 'too_fast' | 'flood' | 'receipt_taken'
  storeCode: string | null
  kind: FeedbackKind
  category: string
  message: string
  channel: string
  hasContact: boolean
  maskedPhone: string | null
  receivedAt: string
}
