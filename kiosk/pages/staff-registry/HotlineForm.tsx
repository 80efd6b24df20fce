import { useEffect, useState } from 'preact/hooks'
import { centreSettingsSchema } from '../../../shared/registry-schemas.ts'
import { centreHotline, saveCentreSettings } from '../../api/registry.ts'
import { ApiProblem } from '../../components/staff/ApiProblem.tsx'
import { useAction, validated } from '../../state/staff-action.ts'
import { useLoad } from '../../state/staff-load.ts'
import { useLocale } from '../../state/staff-locale.ts'

/** The centre's hotline, printed on every poster and shown on every store page. */
export function HotlineForm() {
  const { t } = useLocale()
  const { data: saved } = useLoad(centreHotline, [])
  const [hotline, setHotline] = useState('')
  const [done, setDone] = useState(false)
  const action = useAction(() => setDone(true))
  useEffect(() => setHotline(saved ?? ''), [saved])

  function submit(e: Event) {
    e.preventDefault()
    setDone(false)
    void action.run(() => saveCentreSettings(validated(centreSettingsSchema, { hotline })))
  }

  return (
    <form class="hotline-form filters" onSubmit={submit}>
      <label for="centre-hotline">{t('hotline.label')}</label>
      <input id="centre-hotline" value={hotline} onInput={(e) => setHotline(e.currentTarget.value)} />
      <button type="submit" disabled={action.busy}>
        {t('stores.save')}
      </button>
      {done && <small role="status">{t('hotline.saved')}</small>}
      <ApiProblem error={action.error} codes={{ forbidden: 'hotline.admin_only' }} />
    </form>
  )
}
