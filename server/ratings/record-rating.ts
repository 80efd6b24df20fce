// POST /api/ratings: one tap on a face. No case is made and nothing about
// the person is kept. A retry of the same id is answered as before; a tap
// that looks automated (the honeypot filled, or the same phone rating the
// same store again and again) is answered like any other but held out of
// the counts, as suspected bot submissions are (server/cases/submit-feedback.ts).
import { chinaDate, chinaHour, weekdayOf } from '../../shared/china-time.ts'
import type { RatingInput } from '../../shared/rating-schemas.ts'
import { ApiError } from '../api-error.ts'
import { getRating, insertRating, type RatingHoldReason } from '../db/queries/ratings.ts'
import { getStore } from '../db/queries/stores.ts'
import type { AppDeps } from '../deps.ts'

// A tablet's clock may run a little fast; anything further ahead is a bug or a forgery.
const MAX_CLOCK_SKEW_MS = 10 * 60_000

interface Recorded {
  /** false when this was a retry of a rating already stored. */
  created: boolean
}

export interface RatingHooks {
  /**
   * Whether this sender has rated this store more often than a person would
   * (counted per phone address; a paired tablet is many people and is not
   * asked).
   */
  isRepeat: (storeCode: string) => Promise<boolean>
}

export async function recordRating(deps: AppDeps, input: RatingInput, hooks: RatingHooks): Promise<Recorded> {
  const now = deps.clock.now()
  if (Date.parse(input.createdAt) > now.getTime() + MAX_CLOCK_SKEW_MS) {
    throw new ApiError(400, 'validation_failed', 'createdAt is in the future', { createdAt: 'in_future' })
  }
  const existing = await getRating(deps.db, input.id)
  if (existing) {
    const same =
      existing.storeCode === input.storeCode &&
      existing.score === input.score &&
      existing.channel === input.channel &&
      Date.parse(existing.createdAt) === Date.parse(input.createdAt)
    if (!same) throw new ApiError(409, 'id_reused', 'This id was already used for a different rating')
    return { created: false }
  }
  const store = await getStore(deps.db, input.storeCode)
  if (!store) throw new ApiError(404, 'store_not_found', 'No store has this station code', { storeCode: 'unknown' })
  if (!store.active) throw new ApiError(409, 'store_inactive', 'This store is no longer licensed')

  // The hour and weekday the buyer tapped, in China time: a tablet's outbox may deliver later.
  const tapped = new Date(Math.min(Date.parse(input.createdAt), now.getTime()))
  const day = chinaDate(tapped)
  const heldReason: RatingHoldReason | null =
    input.hp !== undefined && input.hp.trim() !== '' ? 'honeypot' : (await hooks.isRepeat(store.code)) ? 'repeat' : null
  // Group commit, as submissions are (server/db/group-commit.ts).
  const created = await deps.db.grouped((tx) =>
    insertRating(tx, {
      id: input.id,
      storeCode: store.code,
      score: input.score,
      channel: input.channel,
      createdAt: new Date(input.createdAt).toISOString(),
      receivedAt: now.toISOString(),
      chinaDay: day,
      chinaHour: chinaHour(tapped),
      chinaWeekday: weekdayOf(day),
      heldReason,
    }),
  )
  return { created }
}
