import { useEffect, useRef, useState } from 'preact/hooks'
import type { PublicCategory } from '../../shared/api-types.ts'
import type { FieldError } from '../../shared/api-error.ts'
import type { FormEcho } from '../../shared/buyer-page-data.ts'
import { FEEDBACK_KINDS, type PublicChannel, type FeedbackKind } from '../../shared/enums.ts'
import { newFeedbackId, newReceipt } from '../../shared/receipt.ts'
import { MESSAGE_MAX, MESSAGE_MIN } from '../../shared/feedback-limits.ts'
import type { FeedbackInput } from '../../shared/schemas.ts'
import { ApiFailure } from '../api/client.ts'
import { useLocale } from '../state/buyer-locale.ts'
import { fieldMessage } from './field-message.ts'
import type { SubmitResult } from '../state/outbox.ts'
import { PhotoPicker } from './PhotoPicker.tsx'
import { useScripted } from './use-scripted.ts'

// The schemas, and valibot with them, are needed to send the form, not to
// draw it: they load once the form is on screen, so the page's first load
// stays within issue 12's 25 KB and a buyer who loses the network while
// typing can still send (the HTTP cache and the service worker keep them).
const loadSchemas = () => import('../../shared/schemas.ts')

/** What the receipt screen needs; a queued submission has no server deadline yet. */
export interface Delivered {
  receipt: string
  dueAt: string | null
  category: PublicCategory
  /** Queued because the server said "later" (busy, rate limit), not for want of a network. */
  busy?: boolean
}

interface Props {
  storeCode: string | null
  channel: PublicChannel
  categories: PublicCategory[]
  initialKind?: FeedbackKind
  /** Given with onKind, the kind is the parent's: the store page's buttons show and change it too. */
  kind?: FeedbackKind
  onKind?(kind: FeedbackKind): void
  /** A shared tablet: the browser must not offer one buyer's name or phone to the next. */
  shared?: boolean
  /** The id the server rendered into the page: what the form posts when scripts do not run. */
  formId?: string
  /** A form the server answered without scripts: what was sent, and what to fix. */
  echo?: FormEcho
  /** Sends the submission, then its photos (none on the shared tablet). */
  deliver(input: FeedbackInput, photos: Blob[]): Promise<SubmitResult>
  onDelivered(delivered: Delivered): void
}

export function FeedbackForm({ storeCode, channel, categories, initialKind, kind: given, onKind, shared, formId, echo, deliver, onDelivered }: Props) {
  const { t, locale } = useLocale()
  const [ownKind, setKind] = useState<FeedbackKind>(echo?.kind ?? initialKind ?? 'complaint')
  const kind = onKind && given ? given : ownKind
  const [category, setCategory] = useState(echo?.category ?? '')
  const [message, setMessage] = useState(echo?.message ?? '')
  const [anonymous, setAnonymous] = useState(echo?.anonymous ?? false)
  const [name, setName] = useState(echo?.name ?? '')
  const [phone, setPhone] = useState(echo?.phone ?? '')
  const [fields, setFields] = useState<Record<string, FieldError>>(echo?.fields ?? {})
  const [failure, setFailure] = useState<string | null>(echo ? t('form.fix_errors') : null)
  const [sending, setSending] = useState(false)
  const [honeypot, setHoneypot] = useState('')
  const [photos, setPhotos] = useState<Blob[]>([])
  const scripted = useScripted()
  const shownAt = useRef(Date.now())
  // A resend of the same content keeps its id (the server stores it once) and its receipt.
  const lastAttempt = useRef<{ key: string; id: string; receipt: string } | null>(null)
  useEffect(() => {
    loadSchemas().catch(() => undefined)
  }, [])
  // The message stays whatever the kind; a category stays only with its own kind.
  useEffect(() => {
    if (category && !categories.some((c) => c.id === category && c.kind === kind)) setCategory('')
  }, [kind])

  const options = (k: FeedbackKind) =>
    categories
      .filter((c) => c.kind === k)
      .map((c) => (
        <option key={c.id} value={c.id}>
          {locale === 'en' ? c.label.en : c.label.zh}
        </option>
      ))
  const fieldError = (f: string) =>
    fields[f] && (
      <p class="field-error" id={`${f}-error`}>
        {fieldMessage(t, f, fields[f])}
      </p>
    )
  const described = (f: string) => (fields[f] ? { 'aria-invalid': true, 'aria-describedby': `${f}-error` } : {})

  async function submit(e: Event) {
    e.preventDefault()
    if (sending) return
    const content = { storeCode, kind, category, message, anonymous, channel, name, phone }
    const key = JSON.stringify(content)
    const { id, receipt } = lastAttempt.current?.key === key ? lastAttempt.current : { id: newFeedbackId(), receipt: newReceipt() }
    lastAttempt.current = { key, id, receipt }
    const draft: Record<string, unknown> = { id, receipt, storeCode, kind, category, message, anonymous, channel, createdAt: new Date().toISOString() }
    if (!anonymous && (name.trim() || phone.trim())) draft.contact = { name: name.trim(), phone: phone.trim() }
    draft.fillMs = Math.max(0, Math.round(Date.now() - shownAt.current))
    if (honeypot) draft.hp = honeypot
    let schemas: Awaited<ReturnType<typeof loadSchemas>>
    try {
      schemas = await loadSchemas()
    } catch {
      setFailure(t('error.network'))
      return
    }
    const parsed = schemas.parseWith(schemas.feedbackInputSchema, draft)
    if (!parsed.ok) {
      setFields(parsed.fields)
      setFailure(t('form.fix_errors'))
      return
    }
    setFields({})
    setFailure(null)
    setSending(true)
    try {
      const result = await deliver(parsed.value as FeedbackInput, photos)
      const picked = categories.find((c) => c.id === category)!
      onDelivered(
        result.state === 'sent'
          ? { receipt: result.accepted.receipt, dueAt: result.accepted.dueAt, category: picked }
          : // Queued: the receipt it carries is the code the server will answer.
            { receipt, dueAt: null, category: picked, busy: result.busy },
      )
    } catch (err) {
      if (err instanceof ApiFailure && Object.keys(err.fields).length > 0) {
        setFields(err.fields)
        setFailure(t('form.fix_errors'))
      } else {
        setFailure(t(err instanceof ApiFailure && err.code === 'network' ? 'error.network' : 'error.generic'))
      }
    } finally {
      setSending(false)
    }
  }

  return (
    // A plain form first: without scripts it posts to the page's own URL and
    // the server answers the receipt page (server/buyer-pages/).
    <form class="feedback" id="form" method="post" onSubmit={submit} noValidate>
      <h2>{t('form.title')}</h2>
      <input type="hidden" name="id" value={formId ?? ''} />
      <fieldset class="kinds">
        <legend>{t('form.pick_kind')}</legend>
        {FEEDBACK_KINDS.map((k) => (
          <label key={k} class={k === kind ? 'kind selected' : 'kind'}>
            <input
              type="radio"
              name="kind"
              value={k}
              checked={k === kind}
              onChange={() => {
                setKind(k)
                onKind?.(k)
              }}
            />
            {t(`kind.${k}`)}
          </label>
        ))}
      </fieldset>

      <label for="category">{t('form.category')}</label>
      <select id="category" name="category" value={category} onChange={(e) => setCategory(e.currentTarget.value)} {...described('category')}>
        <option value="">{t('form.category_placeholder')}</option>
        {/* Without scripts nothing follows the kind picked above: every kind's
            categories are offered, grouped; the server still refuses a mismatch. */}
        {scripted
          ? options(kind)
          : FEEDBACK_KINDS.map((k) => (
              <optgroup key={k} label={t(`kind.${k}`)}>
                {options(k)}
              </optgroup>
            ))}
      </select>
      {fieldError('category')}

      <label for="message">{t('form.message')}</label>
      <p class="hint" id="message-hint">
        {t('form.message_hint', { min: MESSAGE_MIN, max: MESSAGE_MAX })}
      </p>
      <textarea
        id="message"
        name="message"
        rows={5}
        maxLength={MESSAGE_MAX}
        value={message}
        onInput={(e) => setMessage(e.currentTarget.value)}
        {...described('message')}
      />
      <p class="count" aria-live="polite">
        {t('form.count', { n: message.trim().length, max: MESSAGE_MAX })}
      </p>
      {fieldError('message')}

      <label class="check">
        <input type="checkbox" name="anonymous" value="1" checked={anonymous} onChange={(e) => setAnonymous(e.currentTarget.checked)} />
        {t('form.anonymous')}
      </label>
      {anonymous ? (
        <p class="hint">{t('form.anonymous_hint')}</p>
      ) : (
        <div class="contact">
          <label for="contact-name">{t('form.name')}</label>
          <input id="contact-name" name="contact_name" autocomplete={shared ? 'off' : 'name'} value={name} onInput={(e) => setName(e.currentTarget.value)} {...described('contact.name')} />
          {fieldError('contact.name')}
          <label for="contact-phone">{t('form.phone')}</label>
          <input
            id="contact-phone"
            name="contact_phone"
            type="tel"
            inputMode="tel"
            autocomplete={shared ? 'off' : 'tel'}
            value={phone}
            onInput={(e) => setPhone(e.currentTarget.value)}
            {...described('contact.phone')}
          />
          {fieldError('contact.phone')}
          <p class="hint">{t('form.privacy')}</p>
        </div>
      )}
      {/* A shared tablet takes no photos: the next buyer would see them (issue 15).
          Nor does a page without scripts: a plain urlencoded form cannot carry them. */}
      {!shared && scripted && <PhotoPicker photos={photos} onChange={setPhotos} t={t} />}
      {/* A honeypot for form-filling robots: hidden from people and screen readers alike. */}
      <div class="hp" aria-hidden="true">
        <label for="hp-field">{t('form.hp')}</label>
        <input id="hp-field" name="website" type="text" tabIndex={-1} autocomplete="off" value={honeypot} onInput={(e) => setHoneypot(e.currentTarget.value)} />
      </div>
      {failure && (
        <p class="form-error" role="alert">
          {failure}
        </p>
      )}
      <button type="submit" class="primary" disabled={sending}>
        {sending ? t('form.sending') : t('form.submit')}
      </button>
    </form>
  )
}
