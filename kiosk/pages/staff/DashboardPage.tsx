import { CENTRE_STAFF } from '../../../shared/role-sets.ts'
import { OPEN_PROBLEMS } from '../../../shared/staff-schemas.ts'
import { addDays, chinaDate } from '../../../shared/china-time.ts'
import { countHeld, loadDashboard, loadRatingStats } from '../../api/staff.ts'
import { BarChart } from '../../components/staff/BarChart.tsx'
import { BurstList } from '../../components/staff/BurstList.tsx'
import { Hours } from '../../components/staff/Hours.tsx'
import { Pending } from '../../components/staff/Pending.tsx'
import { formatShare } from '../../components/staff/format.ts'
import { StatTile } from '../../components/staff/StatTile.tsx'
import { TrendChart } from '../../components/staff/TrendChart.tsx'
import { useLoad } from '../../state/staff-load.ts'
import { useLocale } from '../../state/staff-locale.ts'
import { useUser } from '../../state/staff-session.tsx'

/** What the centre looks at every morning. */
export function DashboardPage() {
  const { t, locale } = useLocale()
  const user = useUser()
  const { data, error } = useLoad(loadDashboard, [])
  // Held submissions wait for centre staff: their count is a link to the list.
  const centre = CENTRE_STAFF.includes(user.role)
  const held = useLoad(() => (centre ? countHeld() : Promise.resolve(undefined)), [centre]).data
  // The one-tap ratings of the last four weeks, within the user's area.
  const ratingsFrom = addDays(chinaDate(new Date()), -27)
  const ratings = useLoad(() => loadRatingStats({ from: ratingsFrom }), [ratingsFrom]).data
  // Viewers see aggregates only, so the numbers do not link to case lists.
  const link = (query: string) => (user.role === 'viewer' ? undefined : `/staff/cases?${query}`)

  return (
    <>
      <h1>{t('nav.dashboard')}</h1>
      {!data ? (
        <Pending error={error} />
      ) : (
        <>
          <dl class="tiles">
            <StatTile label={t('dash.new_this_week')}>{data.newThisWeek}</StatTile>
            <StatTile label={t('dash.open')} href={link(`status=${OPEN_PROBLEMS}`)}>
              {data.open}
            </StatTile>
            <StatTile label={t('dash.overdue')} href={link('overdue=1')} tone="alert">
              {data.overdue}
            </StatTile>
            <StatTile label={t('dash.due_soon')} href={link('dueSoon=1')} tone="warn">
              {data.dueSoon}
            </StatTile>
            {held && (
              <StatTile label={t('quarantine.title')} href="/staff/quarantine" tone={held.count > 0 ? 'warn' : undefined}>
                {held.count}
              </StatTile>
            )}
            <StatTile label={t('flag.ack_overdue')} href={link('ackOverdue=1')} tone="warn">
              {data.ackOverdue}
            </StatTile>
            {ratings && (
              <StatTile label={t('ratings.card')} href={`/staff/ratings?from=${ratingsFrom}`}>
                {ratings.total === 0 ? '—' : formatShare(ratings.positiveShare)}
                <small class="tile-note">{` ${t('ratings.total')} ${ratings.total}`}</small>
              </StatTile>
            )}
            <StatTile label={t('dash.median_close')}>
              <Hours value={data.medianCloseHours} />
            </StatTile>
          </dl>
          <div class="charts">
            <TrendChart
              title={t('dash.weekly')}
              points={data.weekly.map((w) => ({ label: w.week, value: w.count }))}
              valueName={t('chart.cases')}
              periodName={t('chart.week')}
            />
            <BarChart
              title={t('dash.by_district')}
              bars={data.byDistrict.map((d) => ({ label: d.district, value: d.open, accent: d.overdue }))}
              labelName={t('stats.district')}
              valueName={t('dash.open')}
              accentName={t('dash.overdue')}
            />
            <BarChart
              title={t('dash.by_category')}
              bars={data.byCategory.map((c) => ({ label: locale === 'en' ? c.label.en : c.label.zh, value: c.count }))}
              labelName={t('settings.category')}
              valueName={t('chart.cases')}
            />
          </div>
          <BurstList bursts={data.bursts} />
        </>
      )}
    </>
  )
}
