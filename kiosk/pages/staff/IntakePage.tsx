import { useState } from 'preact/hooks'
import { FEEDBACK_KINDS, STAFF_CHANNELS, type FeedbackKind } from '../../../shared/enums.ts'
import { staffIntakeSchema } from '../../../shared/loop-schemas.ts'
import { formatReceipt, newFeedbackId } from '../../../shared/receipt.ts'
import type { StaffIntakeAccepted } from '../../../shared/api-types.ts'
import { loadCategories } from '../../api/feedback.ts'
import { recordCase } from '../../api/loop.ts'
import { ApiProblem } from '../../components/staff/ApiProblem.tsx'
import { Link } from '../../components/staff/Link.tsx'
import { Pending } from '../../components/staff/Pending.tsx'
import { useAction, validated } from '../../state/staff-action.ts'
import { useLoad } from '../../state/staff-load.ts'
import { useLocale } from '../../state/staff-locale.ts'

/** Records a hotline call, letter, visit or event as a case, and shows the receipt code to read out. */
export function IntakePage() {
  const { t, locale } = useLocale()
  const categories = useLoad(loadCategories, [])
  const [kind, setKind] = useState<FeedbackKind>('complaint')
  const [done, setDone] = useState<StaffIntakeAccepted | null>(null)
  const [formKey, setFormKey] = useState(0)
  const action = useAction(() => undefined)

  function submit(e: Event) {
    e.preventDefault()
    const form = new FormData(e.currentTarget as HTMLFormElement)
    const text = (name: string) => String(form.get(name) ?? '').trim()
    const receivedAt = text('receivedAt')
    void action.run(async () => {
      const input = validated(staffIntakeSchema, {
        id: newFeedbackId(),
        storeCode: text('storeCode') || null,
        kind,
        category: text('category'),
        message: text('message'),
        channel: text('channel'),
        ...((text('contactName') || text('contactPhone')) && {
          contact: { ...(text('contactName') && { name: text('contactName') }), ...(text('contactPhone') && { phone: text('contactPhone') }) },
        }),
        // The time field is China time as staff read the clock.
        ...(receivedAt && { receivedAt: new Date(`${receivedAt}:00+08:00`).toISOString() }),
      })
      setDone(await recordCase(input))
    })
  }

  if (done) {
    return (
      <>
        <h1>{t('nav.intake')}</h1>
        <p>{t('intake.done')}</p>
        <p class="receipt-code mono">{formatReceipt(done.receipt)}</p>
        <p>
          <Link href={`/staff/cases/${done.id}`}>{t('intake.open_case')}</Link>{' '}
          <button type="button" onClick={() => (setDone(null), setFormKey((k) => k + 1))}>
            {t('intake.another')}
          </button>
        </p>
      </>
    )
  }
  if (!categories.data) return <Pending error={categories.error} />
  return (
    <>
      <h1>{t('intake.title')}</h1>
      <form class="action intake" onSubmit={submit} key={formKey}>
        <label for="intake-channel">{t('intake.channel')}</label>
        <select id="intake-channel" name="channel">
          {STAFF_CHANNELS.map((c) => (
            <option key={c} value={c}>
              {t(`channel.${c}`)}
            </option>
          ))}
        </select>
        <label for="intake-kind">{t('intake.kind')}</label>
        <select id="intake-kind" value={kind} onChange={(e) => setKind(e.currentTarget.value as FeedbackKind)}>
          {FEEDBACK_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`kind.${k}`)}
            </option>
          ))}
        </select>
        <label for="intake-category">{t('intake.category')}</label>
        <select id="intake-category" name="category">
          {categories.data
            .filter((c) => c.kind === kind)
            .map((c) => (
              <option key={c.id} value={c.id}>
                {locale === 'en' ? c.label.en : c.label.zh}
              </option>
            ))}
        </select>
        <label for="intake-store">{t('intake.store')}</label>
        <input id="intake-store" name="storeCode" autocomplete="off" />
        <label for="intake-message">{t('intake.message')}</label>
        <textarea id="intake-message" name="message" rows={5} required />
        <label for="intake-name">{t('intake.contact_name')}</label>
        <input id="intake-name" name="contactName" autocomplete="off" />
        <label for="intake-phone">{t('intake.contact_phone')}</label>
        <input id="intake-phone" name="contactPhone" type="tel" autocomplete="off" />
        <label for="intake-received">{t('intake.received_at')}</label>
        <input id="intake-received" name="receivedAt" type="datetime-local" />
        <button type="submit" class="primary" disabled={action.busy}>
          {t('intake.submit')}
        </button>
        <ApiProblem error={action.error} />
      </form>
    </>
  )
}
