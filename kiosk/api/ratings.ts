import { DEVICE_TOKEN_HEADER } from '../../shared/device-token.ts'
import type { RatingInput } from '../../shared/rating-schemas.ts'
import { api } from './client.ts'

/** A paired tablet sends its device token: many buyers tap the same one. */
export const sendRating = (input: RatingInput, deviceToken?: string) =>
  api<{ id: string }>('/api/ratings', { body: input, headers: deviceToken ? { [DEVICE_TOKEN_HEADER]: deviceToken } : {} })
