// Whether a user may see a case: the one rule behind the case routes' 404
// and 403 and the bulk actions' per-case errors. Out of scope is
// `forbidden`; a conflict-of-interest case does not exist for a supervisor.
import { hidesConflicts, isConflictOfInterest, storeInScope, userScope } from '../auth/scope.ts'
import type { CaseRow } from '../db/queries/cases.ts'
import type { User } from '../../shared/user.ts'

export type CaseVisibility = 'visible' | 'forbidden' | 'not_found'

export function caseVisibility(user: User, row: CaseRow): CaseVisibility {
  if (hidesConflicts(user) && isConflictOfInterest(row, row.supervisorName)) return 'not_found'
  const store = row.storeCode && row.district ? { code: row.storeCode, district: row.district } : null
  return storeInScope(userScope(user), store) ? 'visible' : 'forbidden'
}
