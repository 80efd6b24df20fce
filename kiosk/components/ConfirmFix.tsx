import { useState } from 'preact/hooks'
import { COMMENT_MAX, RATINGS, confirmSchema } from '../../shared/confirm-schema.ts'
import { parseWith } from '../../shared/schemas.ts'
import { confirmFix } from '../api/public.ts'
import { useLocale } from '../state/buyer-locale.ts'
import { useScripted } from './use-scripted.ts'

interface Props {
  receipt: string
  /** When the case closes itself without an answer. */
  autoCloseAt: string | null
  onDone(fixed: boolean): void
}

const date = (iso: string) => new Date(iso).toLocaleDateString('zh-CN', { timeZone: 'Asia/Shanghai' })

/**
 * "问题解决了吗？" on a resolved case: yes (with an optional rating) closes it,
 * no reopens it. A plain form first: without scripts every field shows and
 * it posts to /track/:receipt/confirm, which answers with the case again.
 * With scripts, the rating and the comment appear once an answer is picked
 * (decided after the first render, so the server's page hydrates unchanged).
 */
export function ConfirmFix({ receipt, autoCloseAt, onDone }: Props) {
  const { t } = useLocale()
  const scripted = useScripted()
  const [fixed, setFixed] = useState<boolean | null>(null)
  const [rating, setRating] = useState<number | null>(null)
  const [comment, setComment] = useState('')
  const [busy, setBusy] = useState(false)
  const [failed, setFailed] = useState(false)

  async function submit(e: Event) {
    e.preventDefault()
    if (fixed === null) return
    const parsed = parseWith(confirmSchema, { fixed, ...(rating !== null && { rating }), ...(comment.trim() && { comment }) })
    if (!parsed.ok) return setFailed(true)
    setBusy(true)
    setFailed(false)
    try {
      await confirmFix(receipt, parsed.value)
      onDone(fixed)
    } catch {
      setFailed(true)
    } finally {
      setBusy(false)
    }
  }

  return (
    <form class="confirm-fix" method="post" action={`/track/${receipt}/confirm`} onSubmit={submit}>
      <fieldset>
        <legend>
          <h2>{t('confirm.question')}</h2>
        </legend>
        <p>{t('confirm.hint')}</p>
        <label class="choice">
          <input type="radio" name="fixed" value="yes" required checked={fixed === true} onChange={() => setFixed(true)} />
          {t('confirm.yes')}
        </label>
        <label class="choice">
          <input type="radio" name="fixed" value="no" checked={fixed === false} onChange={() => setFixed(false)} />
          {t('confirm.no')}
        </label>
      </fieldset>
      {(!scripted || fixed === true) && (
        <fieldset class="rating">
          <legend>{t('confirm.rating')}</legend>
          {RATINGS.map((n) => (
            <label key={n} class="choice">
              <input type="radio" name="rating" value={String(n)} checked={rating === n} onChange={() => setRating(n)} />
              {t('confirm.rating_value', { n })}
            </label>
          ))}
        </fieldset>
      )}
      {(!scripted || fixed !== null) && (
        <>
          <label for="confirm-comment">{fixed === false ? t('confirm.comment_no') : t('confirm.comment')}</label>
          <textarea
            id="confirm-comment"
            name="comment"
            rows={3}
            maxLength={COMMENT_MAX}
            value={comment}
            onInput={(e) => setComment(e.currentTarget.value)}
          />
          <button type="submit" disabled={busy}>
            {t('confirm.send')}
          </button>
        </>
      )}
      {failed && <p role="alert">{t('error.network')}</p>}
      {autoCloseAt && <p class="hint">{t('confirm.auto_close', { date: date(autoCloseAt) })}</p>}
    </form>
  )
}
