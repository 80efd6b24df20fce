// The store table's page for a user. The orders the read model holds as
// columns (registry order, total, open) and overdue (counted through the
// partial index of open problems) are filtered, ordered and cut by the
// database, and only the page's stores are put together: at 200,000 stores
// those pages never build the whole city in memory. Attention and the last
// 7 days (read from each store's packed 91-day ring) and the order of
// visits still rank every store in scope in memory (storePage).
import type { Page, StoreStatsRow } from '../../shared/api-types.ts'
import { MISCONDUCT_CATEGORY } from '../../shared/scope.ts'
import type { StatsStoresQuery, StoreStatsSort } from '../../shared/staff-schemas.ts'
import type { User } from '../../shared/user.ts'
import { hidesConflicts, userScope } from '../auth/scope.ts'
import type { Moment } from '../cases/case-summary.ts'
import type { Queryable } from '../db/database.ts'
import { casesHiddenFrom } from '../db/queries/hidden-from.ts'
import { storeRevisionsPage, type SummaryOrder } from '../db/queries/store-summary.ts'
import { storesByLastVisit } from '../db/queries/visits.ts'
import { leaveOutHidden } from './leave-out-hidden.ts'
import { pageAggregates, storeAggregates } from './store-aggregates.ts'
import { STORE_PAGE_SIZE, storePage } from './store-page.ts'

const isSummaryOrder = (sort: StoreStatsSort): sort is SummaryOrder =>
  sort === 'district' || sort === 'total' || sort === 'open' || sort === 'overdue'

export async function storeTable(db: Queryable, user: User, m: Moment, query: StatsStoresQuery): Promise<Page<StoreStatsRow>> {
  const sort = query.sort ?? 'district'
  const scope = userScope(user)
  const hidden = hidesConflicts(user) ? await casesHiddenFrom(db, user.id, MISCONDUCT_CATEGORY) : []
  // A supervisor's hidden cases change their totals after the database has
  // ordered the stores, so with any of them only registry order is cut there.
  if (isSummaryOrder(sort) && (hidden.length === 0 || sort === 'district')) {
    const page = query.page ?? 1
    const pageSize = query.pageSize ?? STORE_PAGE_SIZE
    const filter = { district: query.district, q: query.q?.toLowerCase() }
    const { stores, total } = await storeRevisionsPage(db, scope, filter, sort, m.now, pageSize, (page - 1) * pageSize)
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
