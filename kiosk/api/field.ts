// The field-work calls of the console (issue 10).
import type { VisitInput } from '../../shared/field-schemas.ts'
import type { ChecklistTemplate, DueRecheck, StoreLastVisit, VisitCreated } from '../../shared/field-types.ts'
import { api } from './client.ts'

export const listChecklists = () => api<ChecklistTemplate[]>('/api/admin/checklists')

export const myStores = () => api<StoreLastVisit[]>('/api/admin/visits/stores')

export const dueRechecks = () => api<DueRecheck[]>('/api/admin/visits/rechecks')

export const sendVisit = (visit: VisitInput) => api<VisitCreated>('/api/admin/visits', { body: visit })
