// POST /api/admin/checklists: a new template, or the next version of one.
// Every item's category must exist, so a failure always lands somewhere in
// the ledger; the version number is decided inside the transaction.
import type { ChecklistInput } from '../../shared/field-schemas.ts'
import type { ChecklistTemplate } from '../../shared/field-types.ts'
import type { User } from '../../shared/user.ts'
import { ApiError } from '../api-error.ts'
import type { Queryable } from '../db/database.ts'
import { appendAudit } from '../db/queries/audit.ts'
import { getActiveCategory } from '../db/queries/categories.ts'
import { insertChecklist, insertChecklistVersion, latestChecklistVersion } from '../db/queries/checklists.ts'
import type { AppDeps } from '../deps.ts'

export async function publishChecklist(deps: AppDeps, actor: User, input: ChecklistInput): Promise<ChecklistTemplate> {
  for (const [i, item] of input.items.entries()) {
    if (!(await getActiveCategory(deps.db, item.categoryId))) {
      throw new ApiError(400, 'validation_failed', `Unknown category ${item.categoryId}`, { [`items.${i}.categoryId`]: 'unknown' })
    }
  }
  const at = deps.clock.now().toISOString()
  return deps.db.transaction(async (tx) => {
    const template = await storeChecklist(tx, input, actor.id, at)
    await appendAudit(tx, { at, actor: actor.username, action: 'checklist_published', target: input.id, detail: { version: template.version } })
    return template
  })
}

/** Stores the template as its next version (the first when new). Call inside a transaction. */
export async function storeChecklist(tx: Queryable, input: ChecklistInput, publishedBy: number | null, at: string): Promise<ChecklistTemplate> {
  const latest = await latestChecklistVersion(tx, input.id)
  if (latest === 0) await insertChecklist(tx, input.id, at)
  const template: ChecklistTemplate = { id: input.id, version: latest + 1, title: input.title, items: input.items }
  await insertChecklistVersion(tx, template, publishedBy, at)
  return template
}
