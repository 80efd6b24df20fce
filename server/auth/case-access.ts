// Whether a user may see a case: the one check behind the case routes and
// every route that serves something of a case (its photos). A supervisor
// outside the case's area gets 403; a case hidden from them by a conflict
// of interest does not exist for them (404), like an unknown id.
import type { User } from '../../shared/user.ts'
import { ApiError } from '../api-error.ts'
import type { Queryable } from '../db/database.ts'
import { getCase, type CaseRow } from '../db/queries/cases.ts'
import { hidesConflicts, isConflictOfInterest } from './scope.ts'
import { requireStoreInScope } from './store-access.ts'

export async function loadVisibleCase(db: Queryable, id: string, user: User): Promise<CaseRow> {
  const row = await getCase(db, id)
  if (!row) throw new ApiError(404, 'not_found', 'No such case')
  if (hidesConflicts(user) && isConflictOfInterest(row, row.supervisorName)) throw new ApiError(404, 'not_found', 'No such case')
  const store = row.storeCode && row.district ? { code: row.storeCode, district: row.district } : null
  requireStoreInScope(user, store, 'This case is outside your area')
  return row
}
