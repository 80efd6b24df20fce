// Adding to the risk and event libraries: each entry is checked against the
// ledger it points into (categories, stores, cases) and written with its
// audit entry in one transaction.
import type { FieldEventInput, RiskInput } from '../../shared/field-schemas.ts'
import type { User } from '../../shared/user.ts'
import { ApiError } from '../api-error.ts'
import { appendAudit } from '../db/queries/audit.ts'
import { getActiveCategory } from '../db/queries/categories.ts'
import { getFeedback } from '../db/queries/feedback.ts'
import { insertFieldEvent } from '../db/queries/field-events.ts'
import { insertRisk } from '../db/queries/risks.ts'
import { getStore } from '../db/queries/stores.ts'
import type { AppDeps } from '../deps.ts'

export async function saveRisk(deps: AppDeps, actor: User, input: RiskInput): Promise<number> {
  for (const [i, id] of input.categoryIds.entries()) {
    if (!(await getActiveCategory(deps.db, id))) throw new ApiError(400, 'validation_failed', `Unknown category ${id}`, { [`categoryIds.${i}`]: 'unknown' })
  }
  const at = deps.clock.now().toISOString()
  return deps.db.transaction(async (tx) => {
    const id = await insertRisk(tx, input, actor.id, at)
    await appendAudit(tx, { at, actor: actor.username, action: 'risk_saved', target: String(id), detail: { version: 1, title: input.title } })
    return id
  })
}

export async function saveFieldEvent(deps: AppDeps, actor: User, input: FieldEventInput): Promise<number> {
  for (const [i, code] of input.storeCodes.entries()) {
    if (!(await getStore(deps.db, code))) throw new ApiError(400, 'validation_failed', `Unknown store ${code}`, { [`storeCodes.${i}`]: 'unknown' })
  }
  for (const [i, id] of input.caseIds.entries()) {
    if (!(await getFeedback(deps.db, id))) throw new ApiError(400, 'validation_failed', `Unknown case ${id}`, { [`caseIds.${i}`]: 'unknown' })
  }
  const at = deps.clock.now().toISOString()
  return deps.db.transaction(async (tx) => {
    const id = await insertFieldEvent(tx, input, actor.id, at)
    await appendAudit(tx, { at, actor: actor.username, action: 'event_saved', target: String(id), detail: { version: 1, title: input.title } })
    return id
  })
}
