// Changing a risk or an event: the editor sends the version they started
// from, and the change becomes the next version row with its audit entry,
// in one transaction. A version written meanwhile by someone else makes the
// edit a 409 rather than silently overwriting it; an edit that changes
// nothing writes nothing.
import type { FieldEventInput, FieldEventPatch, RiskPatch } from '../../shared/field-schemas.ts'
import type { FieldChange } from '../../shared/field-types.ts'
import type { User } from '../../shared/user.ts'
import { ApiError } from '../api-error.ts'
import { appendAudit } from '../db/queries/audit.ts'
import { fieldEventVersions, insertFieldEventVersion } from '../db/queries/field-events.ts'
import { insertRiskVersion, riskVersions, type RiskFields } from '../db/queries/risks.ts'
import type { Queryable } from '../db/database.ts'
import type { AppDeps } from '../deps.ts'
import { checkCategories, checkStoresAndCases } from './check-links.ts'
import { changedFields, pick } from './version-history.ts'
import { EVENT_FIELDS, RISK_FIELDS } from './library-fields.ts'

const stale = () => new ApiError(409, 'conflict', 'Someone changed this entry after you opened it; reload it and edit again')

interface Edit<F> {
  kind: 'risk' | 'event'
  id: number
  current: (F & { version: number }) | undefined
  edited: number
  next: (current: F) => F
  fields: readonly (keyof F & string)[]
  insert: (tx: Queryable, version: number, fields: F, at: string) => Promise<boolean>
}

async function applyEdit<F extends object>(deps: AppDeps, actor: User, e: Edit<F>): Promise<{ version: number }> {
  if (!e.current) throw new ApiError(404, 'not_found', `No such ${e.kind}`)
  if (e.edited !== e.current.version) throw stale()
  const next = e.next(e.current)
  const changes: FieldChange[] = changedFields<F>(e.current, next, e.fields)
  if (changes.length === 0) return { version: e.current.version }
  const version = e.current.version + 1
  const at = deps.clock.now().toISOString()
  await deps.db.transaction(async (tx) => {
    if (!(await e.insert(tx, version, next, at))) throw stale()
    await appendAudit(tx, { at, actor: actor.username, action: e.kind === 'risk' ? 'risk_edited' : 'event_edited', target: String(e.id), detail: { version, changes } })
  })
  return { version }
}

export async function editRisk(deps: AppDeps, actor: User, id: number, patch: RiskPatch): Promise<{ version: number }> {
  const { version: edited, ...fields } = patch
  await checkCategories(deps, fields.categoryIds)
  return applyEdit<RiskFields>(deps, actor, {
    kind: 'risk',
    id,
    current: (await riskVersions(deps.db, id)).at(-1),
    edited,
    next: (current) => ({ ...pick(current, RISK_FIELDS), ...fields }),
    fields: RISK_FIELDS,
    insert: (tx, version, next, at) => insertRiskVersion(tx, id, version, next, actor.id, at),
  })
}

export async function editFieldEvent(deps: AppDeps, actor: User, id: number, patch: FieldEventPatch): Promise<{ version: number }> {
  const { version: edited, ...fields } = patch
  await checkStoresAndCases(deps, fields.storeCodes, fields.caseIds)
  return applyEdit<FieldEventInput>(deps, actor, {
    kind: 'event',
    id,
    current: (await fieldEventVersions(deps.db, id)).at(-1),
    edited,
    next: (current) => ({ ...pick(current, EVENT_FIELDS), ...fields }),
    fields: EVENT_FIELDS,
    insert: (tx, version, next, at) => insertFieldEventVersion(tx, id, version, next, actor.id, at),
  })
}
