import type { AuthAnswer, CaseSummary, Page, StoreStatsRow } from '../../shared/api-types.ts'
import { api, setCsrfToken } from './client.ts'

// Both answers carry the session's CSRF token; keep it for every later write.
const keepToken = (answer: AuthAnswer) => {
  setCsrfToken(answer.csrfToken)
  return answer
}

export const login = (username: string, password: string) =>
  api<AuthAnswer>('/api/auth/login', { body: { username, password } }).then(keepToken)

export const logout = () => api<{ ok: true }>('/api/auth/logout', { method: 'POST' })

export const currentUser = () => api<AuthAnswer>('/api/auth/me').then(keepToken)

export const listCases = (page: number) => api<Page<CaseSummary>>(`/api/admin/feedback?page=${page}`)

export const storeStats = () => api<StoreStatsRow[]>('/api/admin/stats/stores')
