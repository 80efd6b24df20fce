// POST /api/admin/visits: a supervisor's visit to a store, stored once per
// client-made id (the console's outbox may send it again and again). An
// inspection's failed items become cases in the ledger (channel
// `inspection`, the item's category and its SLA, linked to the visit); a
// re-check moves its case through the same workflow as the console's
// PATCH. Everything of one visit is one transaction.
import { createHash, randomUUID } from 'node:crypto'
import { chinaDate } from '../../shared/china-time.ts'
import type { VisitInput } from '../../shared/field-schemas.ts'
import type { ChecklistTemplate, VisitCreated } from '../../shared/field-types.ts'
import { isOpenStatus } from '../../shared/enums.ts'
import { newReceipt } from '../../shared/receipt.ts'
import type { User } from '../../shared/user.ts'
import { addWorkingDays } from '../../shared/working-days.ts'
import { ApiError } from '../api-error.ts'
import { caseVisibility } from '../auth/case-access.ts'
import { loadStoreInScope } from '../auth/store-access.ts'
import { storeCase } from '../cases/submit-feedback.ts'
import { applyCaseUpdate } from '../cases/update-case.ts'
import type { Queryable } from '../db/database.ts'
import { addEvent } from '../db/queries/case-changes.ts'
import { getCase, type CaseRow } from '../db/queries/cases.ts'
import { getActiveCategory, type Category } from '../db/queries/categories.ts'
import { getChecklistVersion } from '../db/queries/checklists.ts'
import { casesOfVisit, getStoredVisit, insertVisit, insertVisitResult, linkCaseToVisit } from '../db/queries/visits.ts'
import type { AppDeps } from '../deps.ts'
import { countVisit } from '../stats/visit-rollups.ts'

// A phone's clock may run a little fast; anything further ahead is a bug.
const MAX_CLOCK_SKEW_MS = 10 * 60_000

export interface RecordedVisit {
  answer: VisitCreated
  /** false when this was a retry of a visit already stored. */
  created: boolean
}

export async function recordVisit(deps: AppDeps, actor: User, input: VisitInput): Promise<RecordedVisit> {
  const now = deps.clock.now()
  if (Date.parse(input.startedAt) > now.getTime() + MAX_CLOCK_SKEW_MS) {
    throw new ApiError(400, 'validation_failed', 'startedAt is in the future', { startedAt: 'in_future' })
  }
  await loadStoreInScope(deps.db, input.storeCode, actor)
  const checklist = input.type === 'inspection' ? await checkedChecklist(deps, input) : undefined
  const recheckCase = input.type === 'recheck' ? await checkedCase(deps, actor, input.storeCode, input.recheck.caseId) : undefined
  const payloadHash = createHash('sha256').update(JSON.stringify(input)).digest('hex')
  const receivedAt = now.toISOString()

  return deps.db.transaction(async (tx) => {
    const existing = await getStoredVisit(tx, input.id)
    if (existing) {
      if (existing.payloadHash !== payloadHash) throw new ApiError(409, 'id_reused', 'This id was already used for a different visit')
      return { answer: { id: input.id, casesCreated: await casesOfVisit(tx, input.id) }, created: false }
    }
    await insertVisit(tx, {
      id: input.id,
      payloadHash,
      storeCode: input.storeCode,
      type: input.type,
      userId: actor.id,
      startedAt: new Date(input.startedAt).toISOString(),
      startedDay: chinaDate(input.startedAt),
      receivedAt,
      note: input.note ?? '',
      checklistId: input.type === 'inspection' ? input.checklistId : null,
      checklistVersion: input.type === 'inspection' ? input.checklistVersion : null,
      trainingTopic: input.type === 'training' ? input.training.topic : null,
      trainingAttendees: input.type === 'training' ? input.training.attendees : null,
      trainingAcknowledgedBy: input.type === 'training' ? input.training.acknowledgedBy || null : null,
      recheckCaseId: input.type === 'recheck' ? input.recheck.caseId : null,
      recheckRectified: input.type === 'recheck' ? input.recheck.rectified : null,
    })
    await countVisit(tx, input, chinaDate(input.startedAt))
    const casesCreated: string[] = []
    if (input.type === 'inspection' && checklist) {
      for (const [position, r] of input.results.entries()) {
        const item = checklist.template.items.find((i) => i.id === r.itemId)!
        const category = checklist.categories.get(item.categoryId)!
        const caseId = r.result === 'fail' ? randomUUID() : null
        if (caseId) {
          await storeCase(tx, {
            id: caseId,
            receipt: newReceipt(),
            payloadHash,
            storeCode: input.storeCode,
            kind: category.kind,
            categoryId: category.id,
            message: r.note ? `${item.label.zh}：${r.note}` : item.label.zh,
            contactName: null,
            contactPhone: null,
            anonymous: false,
            channel: 'inspection',
            createdAt: new Date(input.startedAt).toISOString(),
            receivedAt,
            dueAt: addWorkingDays(now, category.slaDays, deps.calendar.get()).toISOString(),
          })
          casesCreated.push(caseId)
        }
        await insertVisitResult(tx, { visitId: input.id, itemId: r.itemId, position, result: r.result, note: r.note ?? '', caseId })
        if (caseId) await linkCaseToVisit(tx, caseId, input.id)
      }
    }
    if (input.type === 'recheck' && recheckCase) {
      await recordRecheck(tx, actor, recheckCase, { visitId: input.id, rectified: input.recheck.rectified, note: input.recheck.note ?? '' }, receivedAt)
    }
    return { answer: { id: input.id, casesCreated }, created: true }
  })
}

/** The visit's checklist version and the categories its items file failures under. */
async function checkedChecklist(
  deps: AppDeps,
  input: Extract<VisitInput, { type: 'inspection' }>,
): Promise<{ template: ChecklistTemplate; categories: Map<string, Category> }> {
  const template = await getChecklistVersion(deps.db, input.checklistId, input.checklistVersion)
  if (!template) throw new ApiError(400, 'validation_failed', 'No such checklist version', { checklistVersion: 'unknown' })
  const categories = new Map<string, Category>()
  for (const [i, r] of input.results.entries()) {
    const item = template.items.find((it) => it.id === r.itemId)
    if (!item) throw new ApiError(400, 'validation_failed', `Item ${r.itemId} is not on this checklist`, { [`results.${i}.itemId`]: 'unknown' })
    if (r.result === 'fail' && !categories.has(item.categoryId)) {
      const category = await getActiveCategory(deps.db, item.categoryId)
      if (!category) throw new ApiError(400, 'validation_failed', `Category ${item.categoryId} is retired`, { [`results.${i}.itemId`]: 'not_allowed' })
      categories.set(category.id, category)
    }
  }
  return { template, categories }
}

/** The case a re-check is about: it must be a case of the visited store that this user may see. */
async function checkedCase(deps: AppDeps, actor: User, storeCode: string, caseId: string): Promise<CaseRow> {
  const row = await getCase(deps.db, caseId)
  if (!row || (await caseVisibility(deps.db, actor, row)) === 'not_found') {
    throw new ApiError(400, 'validation_failed', 'No such case', { 'recheck.caseId': 'unknown' })
  }
  if (row.storeCode !== storeCode) {
    throw new ApiError(400, 'validation_failed', 'This case is not about the visited store', { 'recheck.caseId': 'not_allowed' })
  }
  return row
}

/**
 * A re-check is a timeline event; when it finds the problem put right, an
 * open case is resolved (through in_progress when still new, as the
 * lifecycle wants), exactly as a handler would in the console.
 */
async function recordRecheck(
  tx: Queryable,
  actor: User,
  row: CaseRow,
  finding: { visitId: string; rectified: boolean; note: string },
  at: string,
): Promise<void> {
  await addEvent(tx, { feedbackId: row.id, userId: actor.id, type: 'recheck', data: finding, at })
  const current = await getCase(tx, row.id)
  if (!finding.rectified || !current || !isOpenStatus(current.status)) return
  if (current.status === 'new') await applyCaseUpdate(tx, actor, current, { status: 'in_progress' }, undefined, at)
  await applyCaseUpdate(tx, actor, current, { status: 'resolved' }, undefined, at)
}
