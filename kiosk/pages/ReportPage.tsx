import { useEffect, useState } from 'preact/hooks'
import type { StoreDirectory } from '../../shared/api-types.ts'
import { searchStores } from '../api/public.ts'
import { FeedbackFlow } from '../components/FeedbackFlow.tsx'
import { useLocale } from '../state/buyer-locale.ts'

type Picked = { code: string; name: string } | 'none' | null

/** The centre-wide entry: the same form, with the store picked from the directory or not given. */
export function ReportPage() {
  const { t } = useLocale()
  const [picked, setPicked] = useState<Picked>(null)
  const [q, setQ] = useState('')
  const [district, setDistrict] = useState('')
  const [found, setFound] = useState<StoreDirectory | null>(null)

  useEffect(() => {
    if (picked) return
    const timer = setTimeout(() => searchStores(q, district).then(setFound, () => setFound(null)), 200)
    return () => clearTimeout(timer)
  }, [q, district, picked])

  return (
    <section>
      <h1>{t('report.title')}</h1>
      <p class="responsible">{t('play.responsible')}</p>
      <h2>{t('report.store')}</h2>
      {picked ? (
        <p class="picked">
          {picked === 'none' ? t('report.no_store') : `${picked.name}（${picked.code}）`}{' '}
          <button type="button" onClick={() => setPicked(null)}>
            {t('report.change')}
          </button>
        </p>
      ) : (
        <div class="picker">
          <label for="store-q">{t('report.search')}</label>
          <input id="store-q" type="search" value={q} onInput={(e) => setQ(e.currentTarget.value)} />
          <label for="store-district">{t('report.store')}</label>
          <select id="store-district" value={district} onChange={(e) => setDistrict(e.currentTarget.value)}>
            <option value="">{t('report.district_all')}</option>
            {found?.districts.map((d) => (
              <option key={d} value={d}>
                {d}
              </option>
            ))}
          </select>
          <ul class="stores">
            {found?.items.map((s) => (
              <li key={s.code}>
                <button type="button" onClick={() => setPicked(s)}>
                  <strong>{s.name}</strong> {s.code}
                  <br />
                  <small>{s.address}</small>
                </button>
              </li>
            ))}
          </ul>
          {found && found.items.length === 0 && <p>{t('report.no_results')}</p>}
          <button type="button" onClick={() => setPicked('none')}>
            {t('report.unknown_store')}
          </button>
        </div>
      )}
      {picked && <FeedbackFlow storeCode={picked === 'none' ? null : picked.code} channel="web" />}
    </section>
  )
}
