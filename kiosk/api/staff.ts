// One function per staff API call. A 401 from any of them is reported by
// client.ts, which the session listens to.
import { ApiFailure, api, setCsrfToken } from './client.ts'
import type {
  AdminCategory,
  AuthAnswer,
  CalendarYear,
  CaseDetail,
  CaseList,
  CaseUpdated,
  Dashboard,
  DistrictStatsRow,
  Page,
  ReplyAdded,
  ReplyTemplate,
  RevealedContact,
  SessionUser,
  StaffUser,
  StoreStatsDetail,
  StoreStatsRow,
  HeldSubmission,
} from '../../shared/api-types.ts'
import type { AuditPage } from '../../shared/audit-names.ts'
import type { HolidayScheduleInput } from '../../shared/holiday-schedule.ts'
import type { RatingStats } from '../../shared/rating-stats.ts'
import type {
  CaseUpdateInput,
  CategoryUpdateInput,
  ReplyInput,
  StoreStatsSort,
  UserCreateInput,
  UserUpdateInput,
} from '../../shared/staff-schemas.ts'

async function session(answer: Promise<AuthAnswer>): Promise<SessionUser> {
  const { user, csrfToken } = await answer
  setCsrfToken(csrfToken)
  return user
}

export const login = (username: string, password: string) =>
  session(api<AuthAnswer>('/api/auth/login', { body: { username, password }, anonymous: true }))

/** The logged-in user, or null when there is no session. */
export const currentUser = () =>
  session(api<AuthAnswer>('/api/auth/me', { anonymous: true })).catch((err: unknown) => {
    if (err instanceof ApiFailure && err.status === 401) return null
    throw err
  })

export async function logout(): Promise<void> {
  await api<{ ok: true }>('/api/auth/logout', { method: 'POST', anonymous: true }).catch(() => undefined)
  setCsrfToken(null)
}

export const listCases = (query: string) => api<CaseList>(`/api/admin/feedback?${query}`)

export const casesCsvUrl = (query: string) => `/api/admin/feedback.csv?${query}`

const caseUrl = (id: string) => `/api/admin/feedback/${encodeURIComponent(id)}`

export const loadCase = (id: string) => api<CaseDetail>(caseUrl(id))

export const changeCase = (id: string, change: CaseUpdateInput) =>
  api<CaseUpdated>(caseUrl(id), { method: 'PATCH', body: change })

export const addReply = (id: string, reply: ReplyInput) => api<ReplyAdded>(`${caseUrl(id)}/replies`, { body: reply })

export const revealContact = (id: string) =>
  api<RevealedContact>(`${caseUrl(id)}/reveal`, { method: 'POST' })

export const loadDashboard = () => api<Dashboard>('/api/admin/stats/dashboard')

/** One page of the store table; the server filters and sorts. */
export const storeStats = (query: { district?: string; q?: string; sort: StoreStatsSort; page: number; pageSize: number }) => {
  const params = new URLSearchParams({ sort: query.sort, page: String(query.page), pageSize: String(query.pageSize) })
  if (query.district) params.set('district', query.district)
  if (query.q) params.set('q', query.q)
  return api<Page<StoreStatsRow>>(`/api/admin/stats/stores?${params}`)
}

export const districtStats = () => api<DistrictStatsRow[]>('/api/admin/stats/districts')

export const storeDetail = (code: string) => api<StoreStatsDetail>(`/api/admin/stats/stores/${encodeURIComponent(code)}`)

export const listUsers = () => api<StaffUser[]>('/api/admin/users')

/** The active accounts a case can be handed to (the account list itself is admin-only). */
export const listAssignees = () => api<SessionUser[]>('/api/admin/assignees')

export const createUser = (user: UserCreateInput) => api<StaffUser>('/api/admin/users', { body: user })

export const changeUser = (username: string, change: UserUpdateInput) =>
  api<StaffUser>(`/api/admin/users/${encodeURIComponent(username)}`, { method: 'PATCH', body: change })

export const listAudit = (page: number) => api<AuditPage>(`/api/admin/audit?page=${page}`)

export const listCategories = () => api<AdminCategory[]>('/api/admin/categories')

export const changeCategory = (id: string, change: CategoryUpdateInput) =>
  api<AdminCategory>(`/api/admin/categories/${encodeURIComponent(id)}`, { method: 'PATCH', body: change })

export const listCalendar = () => api<CalendarYear[]>('/api/admin/calendar')

export const putCalendar = (year: number, schedule: HolidayScheduleInput) =>
  api<CalendarYear>(`/api/admin/calendar/${year}`, { method: 'PUT', body: schedule })

export const listReplyTemplates = () => api<ReplyTemplate[]>('/api/admin/reply-templates')

export const listHeld = (page: number) => api<Page<HeldSubmission> & { keptDays: number }>(`/api/admin/quarantine?page=${page}`)

export const countHeld = () => api<{ count: number }>('/api/admin/quarantine/count')

export const releaseHeld = (id: string) =>
  api<{ id: string; receipt: string }>(`/api/admin/quarantine/${encodeURIComponent(id)}/release`, { method: 'POST' })

export const discardHeld = (id: string) => api<{ ok: true }>(`/api/admin/quarantine/${encodeURIComponent(id)}/discard`, { method: 'POST' })

/** The one-tap rating figures for a district, a store and a range of China dates (all optional). */
export function loadRatingStats(query: { district?: string; storeCode?: string; from?: string; to?: string }) {
  const params = new URLSearchParams()
  for (const [k, v] of Object.entries(query)) if (v) params.set(k, v)
  return api<RatingStats>(`/api/admin/stats/ratings?${params}`)
}
