// Who may be handed a case: the console offers only them. The server decides
// again (checkAssignee in server/cases/update-case.ts), also refusing a
// supervisor the case is hidden from, which the console cannot know.
import type { CaseSummary, SessionUser } from '../../../shared/api-types.ts'
import { MISCONDUCT_CATEGORY, storeInScope } from '../../../shared/scope.ts'

/** A supervisor takes only cases of their districts or stores, never a report about staff. */
export function mayTake(user: SessionUser, item: Pick<CaseSummary, 'storeCode' | 'district' | 'categoryId'>): boolean {
  if (user.role !== 'supervisor') return true
  const store = item.storeCode !== null && item.district !== null ? { code: item.storeCode, district: item.district } : null
  return storeInScope(user, store) && item.categoryId !== MISCONDUCT_CATEGORY
}
