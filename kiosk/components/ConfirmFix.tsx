import { useState } from 'preact/hooks'
import { COMMENT_MAX, RATINGS, confirmSchema } from '../../shared/confirm-schema.ts'
import { parseWith } from '../../shared/schemas.ts'
import { confirmFix } from '../api/public.ts'
import { useLocale } from '../state/buyer-locale.ts'

interface Props {
  receipt: string
  /** When the case closes itself without an answer. */
  autoCloseAt: string | null
  onDone(fixed: boolean): void
}

const date = (iso: string) => new Date(iso).toLocaleDateString('zh-CN', { timeZone: 'Asia/Shanghai' })

/** "问题解决了吗？" on a resolved case: yes (with an optional rating) closes it, no reopens it. */
export function ConfirmFix({ receipt, autoCloseAt, onDone }: Props) {
  const { t } = useLocale()
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
    <form class="confirm-fix" onSubmit={submit}>
      <fieldset>
        <legend>
          <h2>{t('confirm.question')}</h2>
        </legend>
        <p>{t('confirm.hint')}</p>
        <label class="choice">
          <input type="radio" name="fixed" checked={fixed === true} onChange={() => setFixed(true)} />
          {t('confirm.yes')}
        </label>
        <label class="choice">
          <input type="radio" name="fixed" checked={fixed === false} onChange={() => setFixed(false)} />
          {t('confirm.no')}
        </label>
      </fieldset>
      {fixed === true && (
        <fieldset class="rating">
          <legend>{t('confirm.rating')}</legend>
          {RATINGS.map((n) => (
            <label key={n} class="choice">
              <input type="radio" name="rating" checked={rating === n} onChange={() => setRating(n)} />
              {t('confirm.rating_value', { n })}
            </label>
          ))}
        </fieldset>
      )}
      {fixed !== null && (
        <>
          <label for="confirm-comment">{fixed ? t('confirm.comment') : t('confirm.comment_no')}</label>
          <textarea id="confirm-comment" rows={3} maxLength={COMMENT_MAX} value={comment} onInput={(e) => setComment(e.currentTarget.value)} />
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
