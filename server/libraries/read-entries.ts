// Reading the libraries as a user: each risk with the open cases under its
// categories in the user's scope, and the events a user may see. Admin,
// staff and viewers see every event; a supervisor sees the events that name
// at least one store of their scope (an event naming no store is the
// centre's own), without the cases hidden from them by a conflict of
// interest: neither counted under a risk nor named by an event.
import type { EventLink, FieldEvent, FieldEventDetail, Risk, RiskDetail } from '../../shared/field-types.ts'
import type { User } from '../../shared/user.ts'
import { ApiError } from '../api-error.ts'
import { casesHiddenAmong } from '../auth/case-access.ts'
import { conflictsHiddenFor, userScope } from '../auth/scope.ts'
import { fieldEventVersions, listFieldEvents, storeCodesInScope } from '../db/queries/field-events.ts'
import { listRisks, openCasesByCategory, riskVersions } from '../db/queries/risks.ts'
import type { AppDeps } from '../deps.ts'
import { EVENT_FIELDS, RISK_FIELDS } from './library-fields.ts'
import { pick, versionHistory } from './version-history.ts'

async function withOpenCases<R extends { categoryIds: string[] }>(deps: AppDeps, user: User, risks: R[]): Promise<(R & { openCases: number })[]> {
  const categories = [...new Set(risks.flatMap((r) => r.categoryIds))]
  const open = await openCasesByCategory(deps.db, categories, userScope(user), conflictsHiddenFor(user))
  return risks.map((r) => ({ ...r, openCases: r.categoryIds.reduce((n, id) => n + (open.get(id) ?? 0), 0) }))
}

export async function risksFor(deps: AppDeps, user: User): Promise<Risk[]> {
  return withOpenCases(deps, user, await listRisks(deps.db))
}

export async function riskDetail(deps: AppDeps, user: User, id: number): Promise<RiskDetail> {
  const versions = await riskVersions(deps.db, id)
  const last = versions.at(-1)
  if (!last) throw new ApiError(404, 'not_found', 'No such risk')
  const [risk] = await withOpenCases(deps, user, [{ id, version: last.version, ...pick(last, RISK_FIELDS), updatedAt: last.at }])
  return { ...risk!, history: versionHistory(versions, RISK_FIELDS) }
}

/** Which events of this list the user may see. */
async function visibleTo<E extends { storeCodes: string[] }>(deps: AppDeps, user: User, events: E[]): Promise<E[]> {
  const scope = userScope(user)
  if (!scope) return events
  const inScope = await storeCodesInScope(deps.db, [...new Set(events.flatMap((e) => e.storeCodes))], scope)
  return events.filter((e) => e.storeCodes.some((code) => inScope.has(code)))
}

/** The events (or their versions) without the cases hidden from the user. */
async function withoutHiddenCases<E extends { caseIds: string[] }>(deps: AppDeps, user: User, events: E[]): Promise<E[]> {
  const hidden = await casesHiddenAmong(deps.db, user, events.flatMap((e) => e.caseIds))
  if (hidden.size === 0) return events
  return events.map((e) => ({ ...e, caseIds: e.caseIds.filter((id) => !hidden.has(id)) }))
}

export async function fieldEventsFor(deps: AppDeps, user: User): Promise<FieldEvent[]> {
  return withoutHiddenCases(deps, user, await visibleTo(deps, user, await listFieldEvents(deps.db)))
}

/** The events that record a case, as the user may see them: the case page links to them. */
export async function fieldEventsRecording(deps: AppDeps, user: User, caseId: string): Promise<EventLink[]> {
  return (await visibleTo(deps, user, await listFieldEvents(deps.db, caseId))).map(({ id, title }) => ({ id, title }))
}

/** An event out of the user's scope answers 404, as an unknown one does: its existence is not theirs to learn. */
export async function fieldEventDetail(deps: AppDeps, user: User, id: number): Promise<FieldEventDetail> {
  const stored = await fieldEventVersions(deps.db, id)
  const last = stored.at(-1)
  const [visible] = last ? await visibleTo(deps, user, [{ id, version: last.version, ...pick(last, EVENT_FIELDS), updatedAt: last.at }]) : []
  if (!visible) throw new ApiError(404, 'not_found', 'No such event')
  // The history is read from versions already without the hidden cases, so no change names one.
  const versions = await withoutHiddenCases(deps, user, stored)
  return { ...visible, caseIds: versions.at(-1)!.caseIds, history: versionHistory(versions, EVENT_FIELDS) }
}
