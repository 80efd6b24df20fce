import type { StoreStatsRow } from '../../../shared/api-types.ts'
import { useLocale } from '../../state/staff-locale.ts'
import { Hours } from './Hours.tsx'
import { KindCounts } from './KindCounts.tsx'
import { Link } from './Link.tsx'

interface Props {
  rows: StoreStatsRow[]
}

/** The per-store numbers, one row a store. */
export function StoreStatsTable({ rows }: Props) {
  const { t } = useLocale()
  return (
    <table class="stats">
      <thead>
        <tr>
          <th scope="col">{t('stats.store')}</th>
          <th scope="col">{t('stats.district')}</th>
          <th scope="col" class="num">{t('stats.total')}</th>
          <th scope="col" class="num">{t('stats.open')}</th>
          <th scope="col" class="num">{t('stats.overdue')}</th>
          <th scope="col" class="num">{t('stats.due_soon')}</th>
          <th scope="col">{t('stats.by_kind')}</th>
          <th scope="col" class="num">{t('stats.median')}</th>
          <th scope="col" class="num">{t('stats.last7')}</th>
          <th scope="col" class="num">{t('stats.last30')}</th>
          <th scope="col" class="num">{t('stats.last90')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.storeCode ?? ''} data-store={r.storeCode ?? ''} class={r.overdue > 0 ? 'overdue' : undefined}>
            <th scope="row">
              {r.storeCode ? <Link href={`/staff/stores/${encodeURIComponent(r.storeCode)}`}>{`${r.name ?? ''}（${r.storeCode}）`}</Link> : t('cases.no_store')}
              {r.burst && <span class="flag burst-flag">{t('flag.burst')}</span>}
            </th>
            <td>{r.district ?? '—'}</td>
            <td class="num" data-col="total">{r.total}</td>
            <td class="num" data-col="open">{r.open}</td>
            <td class="num" data-col="overdue">{r.overdue}</td>
            <td class="num">{r.dueSoon}</td>
            <td>
              <KindCounts counts={r.byKind} />
            </td>
            <td class="num"><Hours value={r.medianCloseHours} /></td>
            <td class="num">{r.last7}</td>
            <td class="num">{r.last30}</td>
            <td class="num">{r.last90}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
