// The console's calls for the store registry, notices, posters and silent
// posters. The CSV upload sends the file's bytes as they are (the server
// works out UTF-8 or GBK).
import type { AdminStore, NoticeDocument, Page, PublicUrlStatus, SilentStore, StoreDirectory, StoreImportReport } from '../../shared/api-types.ts'
import type { CentreSettingsInput, NoticeCreateInput, NoticeVersionInput, StoreCreateInput, StorePatchInput } from '../../shared/registry-schemas.ts'
import { api } from './client.ts'

export const listAdminStores = (params: { q?: string; district?: string; page: number }) => {
  const query = new URLSearchParams({ page: String(params.page) })
  if (params.q) query.set('q', params.q)
  if (params.district) query.set('district', params.district)
  return api<Page<AdminStore>>(`/api/admin/stores?${query}`)
}

export const storeDistricts = async () => (await api<StoreDirectory>('/api/stores')).districts

export const createStore = (input: StoreCreateInput) => api<AdminStore>('/api/admin/stores', { body: input })

export const patchStore = (code: string, patch: StorePatchInput) =>
  api<AdminStore>(`/api/admin/stores/${encodeURIComponent(code)}`, { method: 'PATCH', body: patch })

export async function importStoresCsv(file: Blob, opts: { apply: boolean; deactivateMissing: boolean }): Promise<StoreImportReport> {
  const query = new URLSearchParams()
  if (opts.apply) query.set('apply', '1')
  if (opts.deactivateMissing) query.set('deactivateMissing', '1')
  return api<StoreImportReport>(`/api/admin/stores/import?${query}`, { raw: { body: file, contentType: 'text/csv' } })
}

export const listNotices = () => api<NoticeDocument[]>('/api/admin/notices')

export const createNotice = (input: NoticeCreateInput) => api<NoticeDocument>('/api/admin/notices', { body: input })

export const publishNoticeVersion = (id: number, input: NoticeVersionInput) =>
  api<NoticeDocument>(`/api/admin/notices/${id}/versions`, { body: input })

export const silentStores = (days: number) => api<{ days: number; items: SilentStore[] }>(`/api/admin/stores/silent?days=${days}`)

export function postersUrl(district: string, size: 'a4' | 'a6'): string {
  const query = new URLSearchParams({ size })
  if (district) query.set('district', district)
  return `/api/admin/posters?${query}`
}

export const publicUrlStatus = () => api<PublicUrlStatus>('/api/admin/public-url')

export const centreHotline = async () => (await api<{ hotline: string }>('/api/centre')).hotline

export const saveCentreSettings = (input: CentreSettingsInput) => api<{ hotline: string }>('/api/admin/centre', { method: 'PATCH', body: input })
