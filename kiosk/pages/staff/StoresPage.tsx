import { STORE_STATS_SORTS, type StoreStatsSort } from '../../../shared/staff-schemas.ts'
import { storeStats } from '../../api/staff.ts'
import { DistrictTable } from '../../components/staff/DistrictTable.tsx'
import { Pager } from '../../components/staff/Pager.tsx'
import { Pending } from '../../components/staff/Pending.tsx'
import { SelectField } from '../../components/staff/SelectField.tsx'
import { StoreStatsTable } from '../../components/staff/StoreStatsTable.tsx'
import { useLoad } from '../../state/staff-load.ts'
import { useLocale } from '../../state/staff-locale.ts'
import { loadLookups } from '../../state/staff-lookups.ts'
import { useRouter } from '../../state/staff-router.tsx'
import { useUser } from '../../state/staff-session.tsx'

const PAGE_SIZE = 50

/**
 * The stores' numbers a page at a time, the ones that need attention first;
 * district, search, order and page in the URL. The server filters, sorts
 * and cuts the page, so the console never holds the whole province.
 */
export function StoresPage() {
  const { t } = useLocale()
  const { query, navigate } = useRouter()
  const district = query.get('district') ?? ''
  const q = query.get('q') ?? ''
  const order: StoreStatsSort = STORE_STATS_SORTS.find((o) => o === query.get('order')) ?? 'attention'
  const page = Math.max(1, Number(query.get('page')) || 1)
  const { data, error } = useLoad(
    () => storeStats({ district, q, sort: order, page, pageSize: PAGE_SIZE }),
    [district, q, order, page],
  )
  const user = useUser()
  // Visits are case workers' data; a viewer's list has no "not visited" order.
  const all = useLoad(loadLookups, []).data?.districts ?? []
  // A supervisor's choice is their own districts; any other is refused by the API.
  const districts = user.role === 'supervisor' ? user.districts : all
  const go = (change: Record<string, string>) => {
    const params = new URLSearchParams({ district, q, order, page: '1', ...change })
    navigate(`/staff/stores?${params}`)
  }

  function submit(e: Event) {
    e.preventDefault()
    const form = new FormData(e.currentTarget as HTMLFormElement)
    go({
      district: String(form.get('district') ?? ''),
      q: String(form.get('q') ?? '').trim(),
      order: String(form.get('order') ?? 'attention'),
    })
  }

  return (
    <>
      <h1>{t('nav.stores')}</h1>
      {!district && !q && <DistrictTable />}
      <h2>{t('stores.per_store')}</h2>
      <form class="filters" onSubmit={submit} key={`${district}|${q}|${order}`}>
        <SelectField name="district" label={t('filter.district')} value={district} any={t('filter.any')} options={districts.map((d) => [d, d])} />
        <div class="field grow">
          <label for="s-q">{t('stores.stats_search')}</label>
          <input id="s-q" name="q" type="search" maxLength={40} defaultValue={q} />
        </div>
        <SelectField name="order" label={t('filter.sort')} value={order} options={STORE_STATS_SORTS.filter((o) => o !== 'unvisited' || user.role !== 'viewer').map((o) => [o, t(`stores.order.${o}`)])} />
        <div class="field buttons">
          <button type="submit" class="primary">{t('filter.apply')}</button>
        </div>
      </form>
      {!data ? (
        <Pending error={error} />
      ) : data.total === 0 ? (
        <p>{t('stores.stats_none')}</p>
      ) : (
        <>
          <StoreStatsTable rows={data.items} />
          <Pager page={data.page} pageSize={data.pageSize} total={data.total} onPage={(p) => go({ page: String(p) })} />
        </>
      )}
    </>
  )
}
