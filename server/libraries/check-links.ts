// A library entry points into the ledger: each category, store and case it
// names must exist, checked before it is added or changed.
import { ApiError } from '../api-error.ts'
import { getActiveCategory } from '../db/queries/categories.ts'
import { getFeedback } from '../db/queries/feedback.ts'
import { getStore } from '../db/queries/stores.ts'
import type { AppDeps } from '../deps.ts'

export async function checkCategories(deps: AppDeps, categoryIds: readonly string[] | undefined): Promise<void> {
  for (const [i, id] of (categoryIds ?? []).entries()) {
    if (!(await getActiveCategory(deps.db, id))) throw new ApiError(400, 'validation_failed', `Unknown category ${id}`, { [`categoryIds.${i}`]: 'unknown' })
  }
}

export async function checkStoresAndCases(deps: AppDeps, storeCodes: readonly string[] | undefined, caseIds: readonly string[] | undefined): Promise<void> {
  for (const [i, code] of (storeCodes ?? []).entries()) {
    if (!(await getStore(deps.db, code))) throw new ApiError(400, 'validation_failed', `Unknown store ${code}`, { [`storeCodes.${i}`]: 'unknown' })
  }
  for (const [i, id] of (caseIds ?? []).entries()) {
    if (!(await getFeedback(deps.db, id))) throw new ApiError(400, 'validation_failed', `Unknown case ${id}`, { [`caseIds.${i}`]: 'unknown' })
  }
}
