// One-tap ratings (issue 12): the faces on the tablet's attract screen and
// at the top of the store page, and the console's figures about them.
import * as v from 'valibot'
import type { FieldError } from './api-error.ts'
import { isUuidV4 } from './receipt.ts'
import { RATING_SCORES } from './rating-scores.ts'
import { storeCodeSchema } from './schemas.ts'

export { RATING_SCORES, type RatingScore } from './rating-scores.ts'

const code = (c: FieldError) => c

/** The scores that count as a positive answer. */
export const isPositiveScore = (score: number) => score >= 3

export const RATING_CHANNELS = ['qr', 'kiosk'] as const

export const ratingInputSchema = v.strictObject({
  id: v.pipe(v.string(code('required')), v.toLowerCase(), v.check(isUuidV4, code('invalid'))),
  storeCode: storeCodeSchema,
  score: v.picklist(RATING_SCORES, code('invalid')),
  channel: v.picklist(RATING_CHANNELS, code('invalid')),
  createdAt: v.pipe(v.string(code('required')), v.isoTimestamp(code('invalid'))),
  /** The same honeypot as the feedback form: people never fill it. */
  hp: v.optional(v.pipe(v.string(code('invalid')), v.maxLength(200, code('too_long')))),
})
export type RatingInput = v.InferOutput<typeof ratingInputSchema>
