import type { CaseSummary, Page, SessionUser, StoreStatsRow } from '../../shared/api-types.ts'
import { api } from './client.ts'

export const login = (username: string, password: string) =>
  api<{ user: SessionUser }>('/api/auth/login', { body: { username, password } })

export const logout = () => api<{ ok: true }>('/api/auth/logout', { method: 'POST' })

export const currentUser = () => api<{ user: SessionUser }>('/api/auth/me')

export const listCases = (page: number) => api<Page<CaseSummary>>(`/api/admin/feedback?page=${page}`)

export const storeStats = () => api<StoreStatsRow[]>('/api/admin/stats/stores')
