import { DEVICE_TOKEN_HEADER } from '../../shared/device-token.ts'
import type { FeedbackAccepted, PublicCategory } from '../../shared/api-types.ts'
import type { PhotoAdded } from '../../shared/photos.ts'
import type { FeedbackInput } from '../../shared/schemas.ts'
import { api } from './client.ts'

/** A store tablet sends its device token; a buyer's phone sends none. */
export const sendFeedback = (input: FeedbackInput, deviceToken?: string) =>
  api<FeedbackAccepted>('/api/feedback', { body: input, headers: deviceToken ? { [DEVICE_TOKEN_HEADER]: deviceToken } : {} })

/** One evidence photo of an acknowledged submission, as the raw JPEG the phone made. */
export const sendPhoto = (feedbackId: string, photo: Blob) =>
  api<PhotoAdded>(`/api/feedback/${feedbackId}/photos`, { raw: { body: photo, contentType: photo.type || 'image/jpeg' } })

export const loadCategories = () => api<PublicCategory[]>('/api/categories')
