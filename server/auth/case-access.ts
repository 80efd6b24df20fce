// Whether a user may see a case: the one rule behind the case routes, the
// bulk actions' per-case errors and every route that serves something of a
// case (its photos). A supervisor outside the case's area is refused (403);
// a case hidden from them by a conflict of interest does not exist for them
// (404), like an unknown id.
import type { User } from '../../shared/user.ts'
import { ApiError } from '../api-error.ts'
import type { Queryable } from '../db/database.ts'
import { getCase, type CaseRow } from '../db/queries/cases.ts'
import { conflictCasesAmong, isHiddenFrom } from '../db/queries/hidden-from.ts'
import { storeInScope } from '../../shared/scope.ts'
import { hidesConflicts, isConflictOfInterest, userScope } from './scope.ts'

export type CaseVisibility = 'visible' | 'forbidden' | 'not_found'

export async function caseVisibility(db: Queryable, user: User, row: CaseRow): Promise<CaseVisibility> {
  if (hidesConflicts(user) && isConflictOfInterest(row, await isHiddenFrom(db, row.id, user.id))) return 'not_found'
  const store = row.storeCode && row.district ? { code: row.storeCode, district: row.district } : null
  return storeInScope(userScope(user), store) ? 'visible' : 'forbidden'
}

export async function loadVisibleCase(db: Queryable, id: string, user: User): Promise<CaseRow> {
  const row = await getCase(db, id)
  const seen = row ? await caseVisibility(db, user, row) : 'not_found'
  if (seen === 'not_found') throw new ApiError(404, 'not_found', 'No such case')
  if (seen === 'forbidden') throw new ApiError(403, 'forbidden', 'This case is outside your area')
  return row!
}

/**
 * Of the cases a list names (an event's cases, a visit's findings), the ones
 * hidden from the user by a conflict of interest: the list leaves out their
 * ids and text, as their case pages answer 404.
 */
export async function casesHiddenAmong(db: Queryable, user: User, caseIds: readonly (string | null | undefined)[]): Promise<Set<string>> {
  if (!hidesConflicts(user)) return new Set()
  return conflictCasesAmong(db, [...new Set(caseIds.filter((id): id is string => !!id))], user.id)
}
