import { storeDetail } from '../../api/staff.ts'
import { BarChart } from '../../components/staff/BarChart.tsx'
import { Hours } from '../../components/staff/Hours.tsx'
import { Link } from '../../components/staff/Link.tsx'
import { Pending } from '../../components/staff/Pending.tsx'
import { StatTile } from '../../components/staff/StatTile.tsx'
import { StoreCases } from '../../components/staff/StoreCases.tsx'
import { StoreVisits } from '../../components/staff/StoreVisits.tsx'
import { TrendChart } from '../../components/staff/TrendChart.tsx'
import { useLoad } from '../../state/staff-load.ts'
import { useLocale } from '../../state/staff-locale.ts'
import { loadLookups } from '../../state/staff-lookups.ts'
import { useUser } from '../../state/staff-session.tsx'

interface Props {
  code: string
}

/** One store: its numbers, its weekly trend and (for case workers) its open cases. */
export function StoreDetailPage({ code }: Props) {
  const { t, locale } = useLocale()
  const user = useUser()
  const { data, error } = useLoad(() => storeDetail(code), [code])
  const categories = useLoad(loadLookups, []).data?.categories ?? []
  const label = (id: string) => {
    const c = categories.find((x) => x.id === id)
    return c ? (locale === 'en' ? c.label.en : c.label.zh) : id
  }
  if (!data) return <Pending error={error} />
  const s = data.store
  return (
    <>
      <p class="back">
        <Link href="/staff/stores">{t('store.back')}</Link>
      </p>
      <h1>
        {s.name}（{s.storeCode}）{s.burst && <span class="flag burst-flag">{t('flag.burst')}</span>}
      </h1>
      <p>{s.district}</p>
      <dl class="tiles">
        <StatTile label={t('stats.total')}>{s.total}</StatTile>
        <StatTile label={t('stats.open')}>{s.open}</StatTile>
        <StatTile label={t('stats.overdue')} tone="alert">{s.overdue}</StatTile>
        <StatTile label={t('stats.due_soon')} tone="warn">{s.dueSoon}</StatTile>
        <StatTile label={t('flag.ack_overdue')} tone="warn">{s.ackOverdue}</StatTile>
        <StatTile label={t('stats.median')}><Hours value={s.medianCloseHours} /></StatTile>
        <StatTile label={t('stats.last7')}>{s.last7}</StatTile>
        <StatTile label={t('stats.last30')}>{s.last30}</StatTile>
        <StatTile label={t('stats.last90')}>{s.last90}</StatTile>
      </dl>
      <div class="charts">
        <TrendChart title={t('store.weekly')} points={data.weekly.map((w) => ({ label: w.week, value: w.count }))}
          valueName={t('chart.cases')} periodName={t('chart.week')} />
        <BarChart title={t('dash.by_category')} labelName={t('settings.category')} valueName={t('chart.cases')}
          bars={Object.entries(s.byCategory).map(([id, n]) => ({ label: label(id), value: n }))} />
      </div>
      {user.role !== 'viewer' && s.storeCode && <StoreCases code={s.storeCode} />}
      {user.role !== 'viewer' && s.storeCode && <StoreVisits code={s.storeCode} />}
    </>
  )
}
