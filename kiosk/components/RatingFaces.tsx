import { useState } from 'preact/hooks'
import { RATING_SCORES, type RatingScore } from '../../shared/rating-scores.ts'
import { newFeedbackId } from '../../shared/receipt.ts'
import { sendRating } from '../api/ratings.ts'
import { useLocale } from '../state/buyer-locale.ts'

interface Props {
  storeCode: string
  channel: 'qr' | 'kiosk'
  /** The id the server rendered into the page, for the plain form. */
  ratingId?: string
  deviceToken?: string
  /** Already tapped (the page came back from the plain form). */
  rated?: RatingScore | undefined
  /** A low rating (不满意, 很不满意): offer the complaint form. */
  onLow(): void
}

const FACES: Record<RatingScore, string> = { 4: '😄', 3: '☺', 2: '☹', 1: '😠' }

/**
 * One tap to rate (issue 12). A plain form first: without scripts each face
 * posts to /s/:code/rating and the server answers the store page again.
 * Nothing is asked of the buyer, and nothing about them is sent.
 */
export function RatingFaces({ storeCode, channel, ratingId, deviceToken, rated: given, onLow }: Props) {
  const { t } = useLocale()
  const [rated, setRated] = useState<RatingScore | null>(given ?? null)

  async function rate(score: RatingScore) {
    setRated(score)
    if (score <= 2) onLow()
    try {
      await sendRating({ id: newFeedbackId(), storeCode, score, channel, createdAt: new Date().toISOString() }, deviceToken)
    } catch {
      // A lost tap is not worth a buyer's attention: the thanks stays.
    }
  }

  if (rated !== null) {
    return (
      <p class="rating-thanks" role="status">
        {t(rated <= 2 ? 'rating.thanks_low' : 'rating.thanks')}
      </p>
    )
  }
  return (
    <form
      class="rating"
      method="post"
      action={`/s/${encodeURIComponent(storeCode)}/rating`}
      onSubmit={(e) => {
        e.preventDefault()
        const score = Number((e.submitter as HTMLButtonElement | null)?.value) as RatingScore
        if (RATING_SCORES.includes(score)) void rate(score)
      }}
    >
      <p class="rating-title" id="rating-title">
        {t('rating.title')}
      </p>
      <input type="hidden" name="id" value={ratingId ?? ''} />
      <div class="faces" role="group" aria-labelledby="rating-title">
        {RATING_SCORES.map((score) => (
          <button key={score} type="submit" name="score" value={String(score)} class={`face face-${score}`}>
            <span aria-hidden="true">{FACES[score]}</span>
            {t(`rating.${score}`)}
          </button>
        ))}
      </div>
    </form>
  )
}
