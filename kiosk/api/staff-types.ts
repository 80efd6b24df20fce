// The staff API's answer shapes as agreed for issue 4, until the server's
// versions land in shared/api-types.ts.
import type { CaseStatus, Channel, FeedbackKind, Role } from '../../shared/enums.ts'
import type { Label } from '../../shared/api-types.ts'

export interface StaffUser {
  username: string
  role: Role
  districts: string[]
  stores: string[]
}

export interface SessionAnswer {
  user: StaffUser
  csrfToken: string
}

export interface UserRow extends StaffUser {
  disabled: boolean
  createdAt: string
}

export interface StaffCase {
  id: string
  receipt: string
  storeCode: string | null
  storeName: string | null
  district: string | null
  kind: FeedbackKind
  categoryId: string
  categoryLabel: Label | null
  message: string
  contact: { name: string | null; phone: string | null } | null
  anonymous: boolean
  channel: Channel
  status: CaseStatus
  assignee: string | null
  createdAt: string
  receivedAt: string
  updatedAt: string
  dueAt: string
  overdue: boolean
  dueSoon: boolean
  hasReporterUpdate: boolean
  closedAt?: string | null
}

export interface CaseListAnswer {
  items: StaffCase[]
  total: number
  page: number
  pageSize: number
  counts: { byStatus: Partial<Record<CaseStatus, number>>; overdue: number; dueSoon: number }
}

export interface CaseEvent {
  id: number
  type: string
  at: string
  actor: string | null
  data: Record<string, unknown>
}

export interface CaseMessage {
  id: number
  author: 'staff' | 'reporter'
  text: string
  public: boolean
  createdAt: string
  by: string | null
}

export interface CaseDetail {
  case: StaffCase
  events: CaseEvent[]
  messages: CaseMessage[]
  allowedTransitions: CaseStatus[]
}

export interface StoreStats {
  storeCode: string | null
  name: string | null
  district: string | null
  total: number
  open: number
  overdue: number
  byKind: Partial<Record<FeedbackKind, number>>
  byCategory: Record<string, number>
  medianCloseHours: number | null
  last7: number
  last30: number
  last90: number
  burst: boolean
  attention: number
}

export interface WeekCount {
  week: string
  count: number
}

export interface StoreDetailStats {
  store: StoreStats
  weekly: WeekCount[]
}

export interface Dashboard {
  newThisWeek: number
  open: number
  overdue: number
  dueSoon: number
  medianCloseHours: number | null
  byDistrict: { district: string; total: number; open: number; overdue: number }[]
  byCategory: { categoryId: string; label: Label; count: number }[]
  weekly: WeekCount[]
  bursts: { storeCode: string; name: string; date: string; count: number; baseline: number }[]
}

export interface AdminCategory {
  id: string
  kind: FeedbackKind
  label: Label
  slaDays: number
  active: boolean
}

export interface CalendarYear {
  year: number
  holidays: { name: string; from: string; to: string }[]
  workdays: string[]
}

export interface AuditEntry {
  id: number
  at: string
  actor: string | null
  action: string
  target: string | null
  detail: unknown
}

export interface AuditPage {
  items: AuditEntry[]
  total: number
  page: number
  pageSize: number
}
