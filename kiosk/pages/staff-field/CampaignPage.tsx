import { chinaDate } from '../../../shared/china-time.ts'
import type { ProgressRow } from '../../../shared/field-types.ts'
import { campaignCsvUrl, campaignProgress } from '../../api/field.ts'
import { BarChart } from '../../components/staff/BarChart.tsx'
import { Pending } from '../../components/staff/Pending.tsx'
import { StatTile } from '../../components/staff/StatTile.tsx'
import { useLoad } from '../../state/staff-load.ts'
import { useLocale } from '../../state/staff-locale.ts'
import { useRouter } from '../../state/staff-router.tsx'

interface Props {
  id: number
}

/** One campaign's progress as of a date: tiles, a chart per district, the tables, CSV and a printable page. */
export function CampaignPage({ id }: Props) {
  const { t } = useLocale()
  const { query, navigate } = useRouter()
  const asOf = query.get('asOf') ?? chinaDate(new Date())
  const { data, error } = useLoad(() => campaignProgress(id, asOf), [id, asOf])
  if (!data) return <Pending error={error} />
  const share = (n: number) => (data.stores ? `${Math.round((100 * n) / data.stores)}%` : '—')

  return (
    <div class="campaign-report">
      <h1>{data.campaign.name}</h1>
      <p>
        {data.campaign.from} – {data.campaign.to} · {t('progress.as_of')} {data.asOf}
      </p>
      <form
        class="filters no-print"
        onSubmit={(e) => {
          e.preventDefault()
          navigate(`/staff/campaigns/${id}?asOf=${String(new FormData(e.currentTarget).get('asOf') ?? '')}`)
        }}
      >
        <label for="as-of">{t('progress.as_of')}</label>
        <input id="as-of" name="asOf" type="date" value={asOf} />
        <button type="submit">{t('filter.apply')}</button>
        <a href={campaignCsvUrl(id, asOf)} download>
          {t('campaign.csv')}
        </a>
        <button type="button" onClick={() => window.print()}>
          {t('campaign.print')}
        </button>
      </form>
      <dl class="tiles">
        <StatTile label={t('progress.stores')}>{data.stores}</StatTile>
        <StatTile label={t('progress.inspected')}>
          {data.inspected} ({share(data.inspected)})
        </StatTile>
        <StatTile label={t('progress.trained')}>
          {data.trained} ({share(data.trained)})
        </StatTile>
        <StatTile label={t('progress.failed_items')}>{data.failedItems}</StatTile>
        <StatTile label={t('progress.fixed_on_site')}>{data.fixedOnSite}</StatTile>
        <StatTile label={t('progress.rectification_open')} tone={data.rectification.overdue ? 'alert' : undefined}>
          {data.rectification.open} / {t('progress.rectification_overdue')} {data.rectification.overdue}
        </StatTile>
        <StatTile label={t('progress.rectification_closed')}>{data.rectification.closed}</StatTile>
      </dl>
      <div class="charts">
        <BarChart
          title={t('campaign.chart_inspected')}
          bars={data.byDistrict.map((d) => ({ label: d.district, value: d.inspected }))}
          labelName={t('progress.group_district')}
          valueName={t('progress.inspected')}
        />
      </div>
      <ProgressTable title={t('progress.group_district')} rows={data.byDistrict.map((d) => ({ name: d.district, ...d }))} />
      <ProgressTable title={t('progress.group_supervisor')} rows={data.bySupervisor.map((s) => ({ name: s.supervisor, ...s }))} />
    </div>
  )
}

function ProgressTable({ title, rows }: { title: string; rows: (ProgressRow & { name: string })[] }) {
  const { t } = useLocale()
  return (
    <table>
      <caption>{title}</caption>
      <thead>
        <tr>
          <th scope="col">{t('progress.name')}</th>
          <th scope="col" class="num">{t('progress.stores')}</th>
          <th scope="col" class="num">{t('progress.inspected')}</th>
          <th scope="col" class="num">{t('progress.trained')}</th>
          <th scope="col" class="num">{t('progress.failed_items')}</th>
          <th scope="col" class="num">{t('progress.fixed_on_site')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.name}>
            <th scope="row">{r.name}</th>
            <td class="num">{r.stores}</td>
            <td class="num">{r.inspected}</td>
            <td class="num">{r.trained}</td>
            <td class="num">{r.failedItems}</td>
            <td class="num">{r.fixedOnSite}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
