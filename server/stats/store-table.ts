// The store table's page for a user. Every order but visits is a column of
// the read model with an index (registry order, total, open, and the
// time-dependent overdue, last 7 days and attention, caught up to the
// request's moment first: sort-keys.ts), so the database filters, orders
// and cuts, and only the page's stores are put together: at 200,000 stores
// no page builds the whole city in memory. The order of visits, and every
// order for a supervisor with cases hidden from them (their totals change
// after the database ordered the stores), rank the stores in scope in
// memory (storePage); for a supervisor that scope is their own area.
import type { Page, StoreStatsRow } from '../../shared/api-types.ts'
import type { StatsStoresQuery, StoreStatsSort } from '../../shared/staff-schemas.ts'
import type { User } from '../../shared/user.ts'
import { userScope } from '../auth/scope.ts'
import type { Moment } from '../cases/case-summary.ts'
import type { Database } from '../db/database.ts'
import { storeRevisionsPage, type SummaryOrder } from '../db/queries/store-summary.ts'
import { storesByLastVisit } from '../db/queries/visits.ts'
import { hiddenFrom, leaveOutHidden } from './leave-out-hidden.ts'
import { catchUpSortKeys } from './sort-keys.ts'
import { pageAggregates, storeAggregates } from './store-aggregates.ts'
import { STORE_PAGE_SIZE, storePage } from './store-page.ts'

const isSummaryOrder = (sort: StoreStatsSort): sort is SummaryOrder => sort !== 'unvisited'
const isTimeDependent = (sort: SummaryOrder) => sort === 'overdue' || sort === 'last7' || sort === 'attention'

export async function storeTable(db: Database, user: User, m: Moment, query: StatsStoresQuery): Promise<Page<StoreStatsRow>> {
  const sort = query.sort ?? 'district'
  const scope = userScope(user)
  const hidden = await hiddenFrom(db, user)
  // A supervisor's hidden cases change their totals after the database has
  // ordered the stores, so with any of them only registry order is cut there.
  if (isSummaryOrder(sort) && (hidden.cases.length === 0 || sort === 'district')) {
    const page = query.page ?? 1
    const pageSize = query.pageSize ?? STORE_PAGE_SIZE
    const filter = { district: query.district, q: query.q?.toLowerCase() }
    if (isTimeDependent(sort)) await catchUpSortKeys(db, m)
    const { stores, total } = await storeRevisionsPage(db, scope, filter, sort, pageSize, (page - 1) * pageSize)
    const aggregates = await pageAggregates(db, m, stores)
    leaveOutHidden(aggregates, hidden, m)
    return { items: aggregates.map((a) => a.row), total, page, pageSize }
  }
  const aggregates = await storeAggregates(db, m, scope)
  leaveOutHidden(aggregates, hidden, m)
  const lastVisits = sort === 'unvisited' ? new Map((await storesByLastVisit(db, scope)).map((s) => [s.code, s.lastVisitAt])) : undefined
  return storePage(
    aggregates.map((a) => a.row),
    query,
    lastVisits,
  )
}
