// The risk and event library calls of the console (issue 10).
import type { FieldEventInput, FieldEventPatch, RiskInput, RiskPatch } from '../../shared/field-schemas.ts'
import type { FieldEvent, FieldEventDetail, Risk, RiskDetail } from '../../shared/field-types.ts'
import { api } from './client.ts'

export const listRisks = () => api<Risk[]>('/api/admin/risks')
export const getRisk = (id: number) => api<RiskDetail>(`/api/admin/risks/${id}`)
export const addRisk = (input: RiskInput) => api<{ id: number }>('/api/admin/risks', { body: input })
export const editRisk = (id: number, patch: RiskPatch) => api<{ version: number }>(`/api/admin/risks/${id}`, { method: 'PATCH', body: patch })

export const listEvents = () => api<FieldEvent[]>('/api/admin/events')
export const getEvent = (id: number) => api<FieldEventDetail>(`/api/admin/events/${id}`)
export const addEvent = (input: FieldEventInput) => api<{ id: number }>('/api/admin/events', { body: input })
export const editEvent = (id: number, patch: FieldEventPatch) => api<{ version: number }>(`/api/admin/events/${id}`, { method: 'PATCH', body: patch })
