// The inbox and export filters of a request: the query string narrowed to
// what the user may see. Asking for a district or store outside a
// supervisor's scope is a 403, not an empty list.
import { addDays, chinaDayStart } from '../../shared/china-time.ts'
import type { CaseStatus } from '../../shared/enums.ts'
import { OPEN_PROBLEMS, type CaseQuery } from '../../shared/staff-schemas.ts'
import { ApiError } from '../api-error.ts'
import { storeInScope } from '../../shared/scope.ts'
import { conflictsHiddenFor, userScope } from '../auth/scope.ts'
import type { CaseFilter } from '../db/queries/cases.ts'
import { getStore } from '../db/queries/stores.ts'
import type { User } from '../../shared/user.ts'
import type { AppDeps } from '../deps.ts'
import type { Moment } from './case-summary.ts'

export async function caseFilter(deps: AppDeps, user: User, q: CaseQuery, m: Moment): Promise<CaseFilter> {
  const scope = userScope(user)
  if (scope && q.district && !scope.districts.includes(q.district)) {
    throw new ApiError(403, 'forbidden', 'This district is outside your area')
  }
  if (scope && q.store) {
    const store = await getStore(deps.db, q.store)
    if (!storeInScope(scope, store ?? null)) throw new ApiError(403, 'forbidden', 'This store is outside your area')
  }
  return {
    scope,
    hideConflictsFor: conflictsHiddenFor(user),
    district: q.district || undefined,
    store: q.store,
    kind: q.kind,
    channel: q.channel,
    category: q.category,
    statuses: q.status?.filter((s): s is CaseStatus => s !== OPEN_PROBLEMS),
    openProblems: q.status?.includes(OPEN_PROBLEMS) ?? false,
    assignee: q.assignee === 'me' ? user.username : q.assignee || undefined,
    notFixed: q.notFixed === '1',
    overdue: q.overdue === '1',
    dueSoon: q.dueSoon === '1',
    ackOverdue: q.ackOverdue === '1',
    from: q.from && chinaDayStart(q.from).toISOString(),
    // `to` is inclusive: everything before the start of the next China day.
    to: q.to && chinaDayStart(addDays(q.to, 1)).toISOString(),
    q: q.q || undefined,
    now: m.now,
    soonEnd: m.soonEnd,
    ackCutoff: m.ackCutoff,
  }
}
