// One function per staff API call. A 401 from any of them means the session
// is gone: the console is told once, through onSessionExpired, and shows the
// login form again.
import { ApiFailure, api, setCsrfToken } from './client.ts'
import type {
  AdminCategory,
  AuditEntry,
  AuthAnswer,
  CalendarYear,
  CaseDetail,
  CaseList,
  CaseUpdated,
  Dashboard,
  DistrictStatsRow,
  Page,
  ReplyAdded,
  RevealedContact,
  SessionUser,
  StaffUser,
  StoreStatsDetail,
  StoreStatsRow,
} from '../../shared/api-types.ts'
import type { HolidayScheduleInput } from '../../shared/holiday-schedule.ts'
import type {
  CaseUpdateInput,
  CategoryUpdateInput,
  ReplyInput,
  UserCreateInput,
  UserUpdateInput,
} from '../../shared/staff-schemas.ts'

let expired: (() => void) | null = null

export function onSessionExpired(listener: (() => void) | null): void {
  expired = listener
}

async function call<T>(path: string, init: { method?: string; body?: unknown } = {}): Promise<T> {
  try {
    return await api<T>(path, init)
  } catch (err) {
    if (err instanceof ApiFailure && err.status === 401) expired?.()
    throw err
  }
}

async function session(answer: Promise<AuthAnswer>): Promise<SessionUser> {
  const { user, csrfToken } = await answer
  setCsrfToken(csrfToken)
  return user
}

export const login = (username: string, password: string) =>
  session(api<AuthAnswer>('/api/auth/login', { body: { username, password } }))

/** The logged-in user, or null when there is no session. */
export const currentUser = () =>
  session(api<AuthAnswer>('/api/auth/me')).catch((err: unknown) => {
    if (err instanceof ApiFailure && err.status === 401) return null
    throw err
  })

export async function logout(): Promise<void> {
  await api<{ ok: true }>('/api/auth/logout', { method: 'POST' }).catch(() => undefined)
  setCsrfToken(null)
}

export const listCases = (query: string) => call<CaseList>(`/api/admin/feedback?${query}`)

export const casesCsvUrl = (query: string) => `/api/admin/feedback.csv?${query}`

const caseUrl = (id: string) => `/api/admin/feedback/${encodeURIComponent(id)}`

export const loadCase = (id: string) => call<CaseDetail>(caseUrl(id))

export const changeCase = (id: string, change: CaseUpdateInput) =>
  call<CaseUpdated>(caseUrl(id), { method: 'PATCH', body: change })

export const addReply = (id: string, reply: ReplyInput) => call<ReplyAdded>(`${caseUrl(id)}/replies`, { body: reply })

export const revealContact = (id: string) =>
  call<RevealedContact>(`${caseUrl(id)}/reveal`, { method: 'POST' })

export const loadDashboard = () => call<Dashboard>('/api/admin/stats/dashboard')

export const storeStats = (district = '') =>
  call<StoreStatsRow[]>(`/api/admin/stats/stores${district ? `?${new URLSearchParams({ district })}` : ''}`)

export const districtStats = () => call<DistrictStatsRow[]>('/api/admin/stats/districts')

export const storeDetail = (code: string) => call<StoreStatsDetail>(`/api/admin/stats/stores/${encodeURIComponent(code)}`)

export const listUsers = () => call<StaffUser[]>('/api/admin/users')

/** The active accounts a case can be handed to (the account list itself is admin-only). */
export const listAssignees = () => call<SessionUser[]>('/api/admin/assignees')

export const createUser = (user: UserCreateInput) => call<StaffUser>('/api/admin/users', { body: user })

export const changeUser = (username: string, change: UserUpdateInput) =>
  call<StaffUser>(`/api/admin/users/${encodeURIComponent(username)}`, { method: 'PATCH', body: change })

export const listAudit = (page: number) => call<Page<AuditEntry>>(`/api/admin/audit?page=${page}`)

export const listCategories = () => call<AdminCategory[]>('/api/admin/categories')

export const changeCategory = (id: string, change: CategoryUpdateInput) =>
  call<AdminCategory>(`/api/admin/categories/${encodeURIComponent(id)}`, { method: 'PATCH', body: change })

export const listCalendar = () => call<CalendarYear[]>('/api/admin/calendar')

export const putCalendar = (year: number, schedule: HolidayScheduleInput) =>
  call<CalendarYear>(`/api/admin/calendar/${year}`, { method: 'PUT', body: schedule })
