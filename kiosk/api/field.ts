// The field-work calls of the console (issue 10).
import type { CampaignInput, VisitInput } from '../../shared/field-schemas.ts'
import type { CampaignProgress, CampaignSummary, ChecklistTemplate, DueRecheck, StoreLastVisit, VisitCreated, VisitSummary } from '../../shared/field-types.ts'
import type { PhotoAdded } from '../../shared/photos.ts'
import type { Page } from '../../shared/staff-types.ts'
import { api } from './client.ts'

export const listChecklists = () => api<ChecklistTemplate[]>('/api/admin/checklists')

export const myStores = () => api<StoreLastVisit[]>('/api/admin/visits/stores')

export const dueRechecks = () => api<DueRecheck[]>('/api/admin/visits/rechecks')

export const sendVisit = (visit: VisitInput) => api<VisitCreated>('/api/admin/visits', { body: visit })

export const sendVisitPhoto = (visitId: string, itemId: string | null, photo: Blob) =>
  api<PhotoAdded>(`/api/admin/visits/${visitId}/photos${itemId ? `?${new URLSearchParams({ itemId })}` : ''}`, {
    raw: { body: photo, contentType: photo.type || 'image/jpeg' },
  })

export const listCampaigns = () => api<CampaignSummary[]>('/api/admin/campaigns')

export const createCampaign = (input: CampaignInput) => api<{ id: number }>('/api/admin/campaigns', { body: input })

const progressQuery = (asOf: string) => (asOf ? `?${new URLSearchParams({ asOf })}` : '')

export const campaignProgress = (id: number, asOf: string) => api<CampaignProgress>(`/api/admin/campaigns/${id}/progress${progressQuery(asOf)}`)

export const campaignCsvUrl = (id: number, asOf: string) => `/api/admin/campaigns/${id}/progress.csv${progressQuery(asOf)}`

export const listVisits = (storeCode: string) => api<Page<VisitSummary>>(`/api/admin/visits?${new URLSearchParams({ storeCode, pageSize: '20' })}`)
