import { DEVICE_TOKEN_HEADER } from '../../shared/device-token.ts'
import type { FeedbackAccepted, PublicCategory } from '../../shared/api-types.ts'
import type { FeedbackInput } from '../../shared/schemas.ts'
import { api } from './client.ts'

/** A store tablet sends its device token; a buyer's phone sends none. */
export const sendFeedback = (input: FeedbackInput, deviceToken?: string) =>
  api<FeedbackAccepted>('/api/feedback', { body: input, headers: deviceToken ? { [DEVICE_TOKEN_HEADER]: deviceToken } : {} })

export const loadCategories = () => api<PublicCategory[]>('/api/categories')
