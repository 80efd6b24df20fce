import { useEffect, useState } from 'preact/hooks'
import type { FieldError } from '../../../shared/api-error.ts'
import { centreSettingsSchema } from '../../../shared/registry-schemas.ts'
import { parseWith } from '../../../shared/schemas.ts'
import { ApiFailure } from '../../api/client.ts'
import { centreHotline, saveCentreSettings } from '../../api/registry.ts'
import { useLocale } from '../../state/staff-locale.ts'

/** The centre's hotline, printed on every poster and shown on every store page. */
export function HotlineForm() {
  const { t } = useLocale()
  const [hotline, setHotline] = useState('')
  const [error, setError] = useState<FieldError | null>(null)
  const [status, setStatus] = useState<string | null>(null)

  useEffect(() => void centreHotline().then(setHotline, () => setHotline('')), [])

  async function submit(e: Event) {
    e.preventDefault()
    setStatus(null)
    const checked = parseWith(centreSettingsSchema, { hotline })
    if (!checked.ok) return setError(checked.fields.hotline ?? 'invalid')
    setError(null)
    try {
      await saveCentreSettings(checked.value)
      setStatus(t('hotline.saved'))
    } catch (err) {
      setStatus(t(err instanceof ApiFailure && err.status === 403 ? 'hotline.admin_only' : 'error.generic'))
    }
  }

  return (
    <form class="hotline-form filters" onSubmit={submit}>
      <label for="centre-hotline">{t('hotline.label')}</label>
      <input id="centre-hotline" value={hotline} onInput={(e) => setHotline(e.currentTarget.value)} />
      <button type="submit">{t('stores.save')}</button>
      {error && <small role="alert">{t(`field.${error}`)}</small>}
      {status && <small role="status">{status}</small>}
    </form>
  )
}
