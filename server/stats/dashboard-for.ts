// Which path a user's dashboard and districts view take: the whole city
// (admin, staff, viewers) reads the district rollup; a supervisor's area is
// summed from its stores, leaving out the cases hidden from them.
import type { Dashboard, DistrictStatsRow, Label } from '../../shared/api-types.ts'
import type { User } from '../../shared/user.ts'
import { hidesConflicts, userScope } from '../auth/scope.ts'
import type { Moment } from '../cases/case-summary.ts'
import type { Queryable } from '../db/database.ts'
import { cityDashboard, cityDistrictRows } from './city-rollup.ts'
import { buildDashboard } from './dashboard.ts'
import { districtRows } from './district-rows.ts'
import { aggregatesFor, weeklyFor } from './leave-out-hidden.ts'

const wholeCity = (user: User) => userScope(user) === undefined && !hidesConflicts(user)

export async function dashboardFor(
  db: Queryable,
  user: User,
  m: Moment,
  categories: readonly { id: string; label: Label }[],
  weeks: number,
): Promise<Dashboard> {
  if (wholeCity(user)) return cityDashboard(db, m, categories, weeks)
  const [aggregates, weekly] = await Promise.all([aggregatesFor(db, user, m), weeklyFor(db, user, m.now, weeks)])
  return buildDashboard(m.now, aggregates, categories, weekly)
}

export async function districtRowsFor(db: Queryable, user: User, m: Moment): Promise<DistrictStatsRow[]> {
  return wholeCity(user) ? cityDistrictRows(db, m) : districtRows(await aggregatesFor(db, user, m))
}
