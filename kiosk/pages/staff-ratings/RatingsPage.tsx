import { loadRatingStats } from '../../api/staff.ts'
import { BarChart } from '../../components/staff/BarChart.tsx'
import { Pending } from '../../components/staff/Pending.tsx'
import { formatShare } from '../../components/staff/format.ts'
import { RatingStoreTable } from '../../components/staff/RatingStoreTable.tsx'
import { SelectField } from '../../components/staff/SelectField.tsx'
import { StatTile } from '../../components/staff/StatTile.tsx'
import { TrendChart } from '../../components/staff/TrendChart.tsx'
import { useLoad } from '../../state/staff-load.ts'
import { useLocale } from '../../state/staff-locale.ts'
import { loadLookups } from '../../state/staff-lookups.ts'
import { useRouter } from '../../state/staff-router.tsx'
import { useUser } from '../../state/staff-session.tsx'

const SCORES = ['4', '3', '2', '1'] as const
const FILTERS = ['district', 'storeCode', 'from', 'to'] as const
/** Index 0 is Sunday, as the API's byWeekday. */
const WEEKDAYS = ['weekday.0', 'weekday.1', 'weekday.2', 'weekday.3', 'weekday.4', 'weekday.5', 'weekday.6'] as const

/**
 * The one-tap ratings: how many, the share of positive answers and its
 * trend, per hour, weekday, district and store. The filters live in the
 * URL; the server keeps a supervisor to their own districts.
 */
export function RatingsPage() {
  const { t } = useLocale()
  const { query, navigate } = useRouter()
  const user = useUser()
  const filter = Object.fromEntries(FILTERS.map((k) => [k, query.get(k) ?? ''])) as Record<(typeof FILTERS)[number], string>
  const { data, error } = useLoad(() => loadRatingStats(filter), FILTERS.map((k) => filter[k]))
  const all = useLoad(loadLookups, []).data?.districts ?? []
  const districts = user.role === 'supervisor' ? user.districts : all

  function submit(e: Event) {
    e.preventDefault()
    const form = new FormData(e.currentTarget as HTMLFormElement)
    const params = new URLSearchParams()
    for (const k of FILTERS) {
      const value = String(form.get(k) ?? '').trim()
      if (value) params.set(k, value)
    }
    navigate(`/staff/ratings?${params}`)
  }

  return (
    <>
      <h1>{t('ratings.title')}</h1>
      <form class="filters" onSubmit={submit} key={FILTERS.map((k) => filter[k]).join('|')}>
        <SelectField name="district" label={t('filter.district')} value={filter.district} any={t('filter.any')} options={districts.map((d) => [d, d])} />
        <div class="field">
          <label for="r-store">{t('ratings.store')}</label>
          <input id="r-store" name="storeCode" inputMode="numeric" maxLength={12} defaultValue={filter.storeCode} />
        </div>
        <div class="field">
          <label for="r-from">{t('ratings.from')}</label>
          <input id="r-from" name="from" type="date" defaultValue={filter.from} />
        </div>
        <div class="field">
          <label for="r-to">{t('ratings.to')}</label>
          <input id="r-to" name="to" type="date" defaultValue={filter.to} />
        </div>
        <div class="field buttons">
          <button type="submit" class="primary">{t('filter.apply')}</button>
        </div>
      </form>
      {!data ? (
        <Pending error={error} />
      ) : data.total === 0 ? (
        <p>{t('ratings.none')}</p>
      ) : (
        <>
          <dl class="tiles" data-testid="rating-tiles">
            <StatTile label={t('ratings.total')}>{data.total}</StatTile>
            <StatTile label={t('ratings.positive_share')}>{formatShare(data.positiveShare)}</StatTile>
            {SCORES.map((s) => (
              <StatTile key={s} label={t(`ratings.score.${s}`)}>{data.byScore[s]}</StatTile>
            ))}
          </dl>
          <div class="charts">
            <TrendChart
              title={t('ratings.trend')}
              points={data.byWeek.map((w) => ({ label: w.week, value: Math.round(w.positiveShare * 100) }))}
              valueName={t('ratings.positive_share')}
              periodName={t('chart.week')}
            />
            <TrendChart
              title={t('ratings.trend_count')}
              points={data.byWeek.map((w) => ({ label: w.week, value: w.total }))}
              valueName={t('ratings.total')}
              periodName={t('chart.week')}
            />
            <BarChart
              title={t('ratings.by_district')}
              bars={data.byDistrict.map((d) => ({ label: `${d.district} ${formatShare(d.positiveShare)}`, value: d.total }))}
              labelName={t('stats.district')}
              valueName={t('ratings.total')}
            />
            <BarChart
              title={t('ratings.by_weekday')}
              bars={data.byWeekday.map((n, day) => ({ label: t(WEEKDAYS[day]!), value: n }))}
              labelName={t('ratings.weekday')}
              valueName={t('ratings.total')}
            />
            <BarChart
              title={t('ratings.by_hour')}
              bars={data.byHour.map((n, hour) => ({ label: `${String(hour).padStart(2, '0')}:00`, value: n }))}
              labelName={t('ratings.hour')}
              valueName={t('ratings.total')}
            />
          </div>
          <RatingStoreTable rows={data.byStore} />
        </>
      )}
    </>
  )
}
