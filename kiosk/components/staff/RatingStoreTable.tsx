import type { RatingStats } from '../../../shared/rating-stats.ts'
import { useLocale } from '../../state/staff-locale.ts'
import { formatShare } from './format.ts'
import { Link } from './Link.tsx'

interface Props {
  rows: RatingStats['byStore']
}

/** The most-rated stores, each with its count and share of positive answers. */
export function RatingStoreTable({ rows }: Props) {
  const { t } = useLocale()
  return (
    <table class="stats rating-stores">
      <caption>{t('ratings.by_store')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('stats.store')}</th>
          <th scope="col">{t('stats.district')}</th>
          <th scope="col" class="num">{t('ratings.total')}</th>
          <th scope="col" class="num">{t('ratings.positive_share')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.storeCode} data-store={r.storeCode}>
            <th scope="row">
              <Link href={`/staff/stores/${encodeURIComponent(r.storeCode)}`}>{`${r.storeName}（${r.storeCode}）`}</Link>
            </th>
            <td>{r.district}</td>
            <td class="num" data-col="total">{r.total}</td>
            <td class="num" data-col="share">{formatShare(r.positiveShare)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
