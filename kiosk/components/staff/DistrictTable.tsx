import { districtStats } from '../../api/staff.ts'
import { useLoad } from '../../state/staff-load.ts'
import { useLocale } from '../../state/staff-locale.ts'
import { Hours } from './Hours.tsx'
import { KindCounts } from './KindCounts.tsx'
import { Pending } from './Pending.tsx'

/** The per-district numbers, most overdue first. */
export function DistrictTable() {
  const { t } = useLocale()
  const { data, error } = useLoad(districtStats, [])
  const rows = data ? [...data].sort((a, b) => b.overdue - a.overdue || b.open - a.open) : null
  return (
    <section aria-labelledby="districts-title">
      <h2 id="districts-title">{t('stores.by_district')}</h2>
      {!rows ? (
        <Pending error={error} />
      ) : (
        <table class="districts-table">
          <thead>
            <tr>
              <th scope="col">{t('stats.district')}</th>
              <th scope="col" class="num">{t('stats.total')}</th>
              <th scope="col" class="num">{t('stats.open')}</th>
              <th scope="col" class="num">{t('stats.overdue')}</th>
              <th scope="col">{t('stats.by_kind')}</th>
              <th scope="col" class="num">{t('stats.median')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((d) => (
              <tr key={d.district} data-district={d.district} class={d.overdue > 0 ? 'overdue' : undefined}>
                <th scope="row">{d.district}</th>
                <td class="num">{d.total}</td>
                <td class="num">{d.open}</td>
                <td class="num">{d.overdue}</td>
                <td>
                  <KindCounts counts={d.byKind} />
                </td>
                <td class="num">
                  <Hours value={d.medianCloseHours} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  )
}
