import { useEffect, useState } from 'preact/hooks'
import { loadCentre } from '../api/public.ts'
import { useLocale } from '../state/buyer-locale.ts'

interface Props {
  /** Known when the server rendered the page; fetched otherwise. */
  hotline?: string
}

/** An unknown station code: never a blank screen, always the hotline. */
export function StoreMissing({ hotline: given }: Props) {
  const { t } = useLocale()
  const [hotline, setHotline] = useState(given ?? '')
  useEffect(() => {
    if (given === undefined) loadCentre().then((c) => setHotline(c.hotline), () => undefined)
  }, [given])
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
