// The console's calls for closing the loop (issue 11): staff intake, bulk
// actions, notification channels and their delivery log.
import type { AlertChannelCreateInput } from '../../shared/alert-schemas.ts'
import type { AlertChannelCreated, AlertChannelView, BulkAnswer, ReplyTemplate, StaffIntakeAccepted } from '../../shared/api-types.ts'
import type { BulkInput, StaffIntakeInput, TemplateCreateInput, TemplateUpdateInput } from '../../shared/loop-schemas.ts'
import { api } from './client.ts'

export const recordCase = (input: StaffIntakeInput) => api<StaffIntakeAccepted>('/api/admin/feedback', { body: input })

export const bulkChange = (input: BulkInput) => api<BulkAnswer>('/api/admin/feedback/bulk', { body: input })

export interface DeliveryView {
  id: string
  channelId: number
  event: string
  status: 'pending' | 'delivered' | 'failed'
  createdAt: string
  attempts: { at: string; ok: boolean; httpStatus: number | null; error: string | null }[]
}

export const listChannels = () => api<AlertChannelView[]>('/api/admin/notification-channels')

export const addChannel = (input: AlertChannelCreateInput) =>
  api<AlertChannelCreated>('/api/admin/notification-channels', { body: input })

export const deleteChannel = (id: number) => api<null>(`/api/admin/notification-channels/${id}`, { method: 'DELETE' })

export const listDeliveries = () => api<{ items: DeliveryView[] }>('/api/admin/notification-deliveries')

const templateUrl = (id: number) => `/api/admin/reply-templates/${id}`

export const addReplyTemplate = (input: TemplateCreateInput) => api<ReplyTemplate>('/api/admin/reply-templates', { body: input })

export const changeReplyTemplate = (id: number, input: TemplateUpdateInput) =>
  api<ReplyTemplate>(templateUrl(id), { method: 'PATCH', body: input })

export const deleteReplyTemplate = (id: number) => api<null>(templateUrl(id), { method: 'DELETE' })
