// A face tapped without scripts (POST /s/:code/rating): recorded as POST
// /api/ratings records it (server/ratings/record-rating.ts).
import { ratingFromForm, type RatingForm } from '../../shared/feedback-form.ts'
import type { RatingInput } from '../../shared/rating-schemas.ts'
import { ApiError } from '../api-error.ts'
import { getRating } from '../db/queries/ratings.ts'
import type { AppDeps } from '../deps.ts'
import { recordRating, type RatingHooks } from '../ratings/record-rating.ts'

/** The rating recorded (or recorded before, under the same id). */
export async function sendRating(deps: AppDeps, storeCode: string, form: RatingForm, hooks: RatingHooks): Promise<RatingInput> {
  const parsed = ratingFromForm(form, storeCode, deps.clock.now().toISOString())
  if (!parsed.ok) throw new ApiError(400, 'validation_failed', 'Some form fields are invalid', parsed.fields)
  // A plain form carries no time of its own: tapped again (a double tap, the
  // form resent from the browser's history) it takes the time stored under
  // its id, so it is the same rating, counted once.
  const stored = await getRating(deps.db, parsed.value.id)
  const input = stored ? { ...parsed.value, createdAt: stored.createdAt } : parsed.value
  await recordRating(deps, input, hooks)
  return input
}
