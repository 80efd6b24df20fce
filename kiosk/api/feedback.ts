import type { FeedbackAccepted, PublicCategory } from '../../shared/api-types.ts'
import type { FeedbackInput } from '../../shared/schemas.ts'
import { api } from './client.ts'

export const sendFeedback = (input: FeedbackInput) => api<FeedbackAccepted>('/api/feedback', { body: input })

export const loadCategories = () => api<PublicCategory[]>('/api/categories')
