// Adding to the risk and event libraries: each entry is checked against the
// ledger it points into (categories, stores, cases) and written with its
// audit entry in one transaction.
import type { FieldEventInput, RiskInput } from '../../shared/field-schemas.ts'
import type { User } from '../../shared/user.ts'
import { appendAudit } from '../db/queries/audit.ts'
import { insertFieldEvent } from '../db/queries/field-events.ts'
import { insertRisk } from '../db/queries/risks.ts'
import type { AppDeps } from '../deps.ts'
import { checkCategories, checkStoresAndCases } from './check-links.ts'

export async function saveRisk(deps: AppDeps, actor: User, input: RiskInput): Promise<number> {
  await checkCategories(deps, input.categoryIds)
  const at = deps.clock.now().toISOString()
  return deps.db.transaction(async (tx) => {
    const id = await insertRisk(tx, input, actor.id, at)
    await appendAudit(tx, { at, actor: actor.username, action: 'risk_saved', target: String(id), detail: { version: 1, title: input.title } })
    return id
  })
}

export async function saveFieldEvent(deps: AppDeps, actor: User, input: FieldEventInput): Promise<number> {
  await checkStoresAndCases(deps, input.storeCodes, input.caseIds)
  const at = deps.clock.now().toISOString()
  return deps.db.transaction(async (tx) => {
    const id = await insertFieldEvent(tx, input, actor.id, at)
    await appendAudit(tx, { at, actor: actor.username, action: 'event_saved', target: String(id), detail: { version: 1, title: input.title } })
    return id
  })
}
