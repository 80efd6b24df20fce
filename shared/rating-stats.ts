// The console's figures about one-tap ratings: the query and the answer of
// GET /api/admin/stats/ratings (kept apart from rating-schemas.ts, which the
// buyer's bundle carries).
import * as v from 'valibot'
import type { FieldError } from './api-error.ts'
import { districtFilterSchema } from './district.ts'
import { storeCodeSchema } from './schemas.ts'

const code = (c: FieldError) => c

const isoDate = v.pipe(v.string(code('invalid')), v.isoDate(code('invalid')))

/** `from` and `to` are China dates, both included. */
export const ratingStatsQuerySchema = v.object({
  district: districtFilterSchema,
  storeCode: v.optional(storeCodeSchema),
  from: v.optional(isoDate),
  to: v.optional(isoDate),
})
export type RatingStatsQuery = v.InferOutput<typeof ratingStatsQuerySchema>

export interface RatingStats {
  total: number
  byScore: Record<'1' | '2' | '3' | '4', number>
  /** Share of 3 and 4 among all counted ratings; 0 when there are none. */
  positiveShare: number
  /** Index 0 is 00:00–00:59 China time. */
  byHour: number[]
  /** Index 0 is Sunday, as Date#getDay. */
  byWeekday: number[]
  /** One point per week (Monday's China date) that has ratings, oldest first. */
  byWeek: RatingGroup<{ week: string }>[]
  /** Per district, most ratings first. */
  byDistrict: RatingGroup<{ district: string }>[]
  /** The stores with the most ratings, at most RATING_STORE_ROWS, most ratings first. */
  byStore: RatingGroup<{ storeCode: string; storeName: string; district: string }>[]
}

/** How many stores the per-store list of the rating figures carries. */
export const RATING_STORE_ROWS = 50

export type RatingGroup<K> = K & { total: number; positiveShare: number }
