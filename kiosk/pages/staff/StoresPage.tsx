import type { StoreStatsRow } from '../../../shared/api-types.ts'
import { myStores } from '../../api/field.ts'
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
const ORDERS = ['attention', 'overdue', 'open', 'total', 'last7', 'unvisited'] as const
type Order = (typeof ORDERS)[number]

/** Stores by a number, most first; or (issue 10) by their last visit, never visited first and then the longest ago. */
function sorted(rows: StoreStatsRow[], order: Order, lastVisits: ReadonlyMap<string, string | null>): StoreStatsRow[] {
  if (order !== 'unvisited') return [...rows].sort((a, b) => b[order] - a[order] || b.total - a.total)
  // The row of cases without a store has no visits: it goes last.
  const last = (r: StoreStatsRow) => (r.storeCode === null ? '~' : (lastVisits.get(r.storeCode) ?? ''))
  return [...rows].sort((a, b) => last(a).localeCompare(last(b)) || (a.storeCode ?? '').localeCompare(b.storeCode ?? ''))
}

/** Every store's numbers, the ones that need attention first; district and order in the URL. */
export function StoresPage() {
  const { t } = useLocale()
  const { query, navigate } = useRouter()
  const district = query.get('district') ?? ''
  const order: Order = ORDERS.find((o) => o === query.get('order')) ?? 'attention'
  const page = Math.max(1, Number(query.get('page')) || 1)
  const { data, error } = useLoad(() => storeStats(district), [district])
  const user = useUser()
  // Visits are case workers' data; a viewer's list has no "not visited" order.
  const visits = useLoad(() => (order === 'unvisited' && user.role !== 'viewer' ? myStores() : Promise.resolve([])), [order])
  const lastVisits = new Map((visits.data ?? []).map((v) => [v.code, v.lastVisitAt]))
  const all = useLoad(loadLookups, []).data?.districts ?? []
  // A supervisor's choice is their own districts; any other is refused by the API.
  const districts = user.role === 'supervisor' ? user.districts : all
  const go = (change: Record<string, string>) => {
    const params = new URLSearchParams({ district, order, page: '1', ...change })
    navigate(`/staff/stores?${params}`)
  }

  function submit(e: Event) {
    e.preventDefault()
    const form = new FormData(e.currentTarget as HTMLFormElement)
    go({ district: String(form.get('district') ?? ''), order: String(form.get('order') ?? 'attention') })
  }

  return (
    <>
      <h1>{t('nav.stores')}</h1>
      {!district && <DistrictTable />}
      <h2>{t('stores.per_store')}</h2>
      <form class="filters" onSubmit={submit} key={`${district}|${order}`}>
        <SelectField name="district" label={t('filter.district')} value={district} any={t('filter.any')} options={districts.map((d) => [d, d])} />
        <SelectField name="order" label={t('filter.sort')} value={order} options={ORDERS.filter((o) => o !== 'unvisited' || user.role !== 'viewer').map((o) => [o, t(`stores.order.${o}`)])} />
        <div class="field buttons">
          <button type="submit" class="primary">{t('filter.apply')}</button>
        </div>
      </form>
      {!data ? (
        <Pending error={error} />
      ) : (
        <>
          <StoreStatsTable rows={sorted(data, order, lastVisits).slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE)} />
          <Pager page={page} pageSize={PAGE_SIZE} total={data.length} onPage={(p) => go({ page: String(p) })} />
        </>
      )}
    </>
  )
}
