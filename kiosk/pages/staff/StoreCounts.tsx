import { useEffect, useState } from 'preact/hooks'
import type { StoreStatsRow } from '../../../shared/api-types.ts'
import { storeStats } from '../../api/staff.ts'
import { useLocale } from '../../state/staff-locale.ts'

/** Stores with cases first, most open first: where attention is needed. */
export function StoreCounts() {
  const { t } = useLocale()
  const [rows, setRows] = useState<StoreStatsRow[] | null>(null)
  const [failed, setFailed] = useState(false)

  useEffect(() => {
    storeStats().then(
      (all) => setRows(all.filter((r) => r.total > 0).sort((a, b) => b.overdue - a.overdue || b.open - a.open || b.total - a.total)),
      () => setFailed(true),
    )
  }, [])

  if (failed) return <p role="alert">{t('error.generic')}</p>
  if (!rows) return <p>{t('loading')}</p>
  return (
    <section aria-labelledby="stats-title">
      <h2 id="stats-title">{t('stats.title')}</h2>
      <table class="stats">
        <thead>
          <tr>
            <th scope="col">{t('stats.store')}</th>
            <th scope="col">{t('stats.district')}</th>
            <th scope="col">{t('stats.total')}</th>
            <th scope="col">{t('stats.open')}</th>
            <th scope="col">{t('stats.overdue')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.storeCode ?? ''} data-store={r.storeCode ?? ''}>
              <td>{r.name ? `${r.name}（${r.storeCode}）` : t('cases.no_store')}</td>
              <td>{r.district ?? '—'}</td>
              <td class="num" data-col="total">{r.total}</td>
              <td class="num" data-col="open">{r.open}</td>
              <td class="num" data-col="overdue">{r.overdue}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  )
}
