import { useEffect, useState } from 'preact/hooks'
import { loadCentre } from '../api/public.ts'
import { useLocale } from '../state/buyer-locale.ts'

/** An unknown station code: never a blank screen, always the hotline. */
export function StoreMissing() {
  const { t } = useLocale()
  const [hotline, setHotline] = useState('')
  useEffect(() => {
    loadCentre().then((c) => setHotline(c.hotline), () => undefined)
  }, [])
  return (
    <section class="missing">
      <h1>{t('store.not_found')}</h1>
      <p>{t('store.not_found_hint')}</p>
      {hotline && (
        <p>
          {t('store.hotline')}: <a href={`tel:${hotline}`}>{hotline}</a>
        </p>
      )}
      <p>
        <a class="button" href="/report">
          {t('home.report')}
        </a>
      </p>
    </section>
  )
}
