// Submissions arriving together are stored together (issue 14). Every
// statement is a round trip (through sqlite3's thread pool, or to the
// PostgreSQL server), and one submission stored alone takes about ten; a
// batch of new cases takes about as many for all of them: the categories'
// and stores' check, the cases and their first events, the daily counts, the
// stores' summaries and the districts' counts, each one statement.
//
// A batch closes when the one before it is stored, so nothing waits on a
// timer: with no contention a submission is a batch of one. Only submissions that
// look new take this path. One whose id or receipt turns out to be taken
// (a retry, a forged id), or whose batch failed as a whole, comes back
// `again` and is stored alone by submit-feedback.ts, which answers retries
// and holds what it must; nothing of it was written here.
import type { FeedbackInput } from '../../shared/schemas.ts'
import { receiptFromId } from '../../shared/receipt.ts'
import { addWorkingDays } from '../../shared/working-days.ts'
import { alertNewCase } from '../alerts/case-alerts.ts'
import { hideFromConcerned } from '../conflicts/hide-from-concerned.ts'
import type { Queryable } from '../db/database.ts'
import { activeCategoriesAndStores } from '../db/queries/categories.ts'
import { insertCasesIfNew, type NewFeedback } from '../db/queries/feedback.ts'
import { onceIn } from '../db/tx-memo.ts'
import type { AppDeps } from '../deps.ts'
import { countNewCases } from '../stats/rollups.ts'
import { caseProblem, publicCase } from './public-case.ts'

/** Submissions per batch at most: bounds the wait of the last one and the statements' size. */
const MAX_BATCH = 64

export interface IntakeItem {
  input: FeedbackInput
  receivedAt: Date
}

/** Stored as a new case with this deadline, or to be stored alone (`again`). */
export type IntakeOutcome = { stored: true; dueAt: string; slaDays: number } | { stored: false }

type Settled = { ok: true; value: IntakeOutcome } | { ok: false; error: unknown }

interface Waiting {
  item: IntakeItem
  resolve: (outcome: IntakeOutcome) => void
  reject: (error: unknown) => void
}

const intakes = new WeakMap<AppDeps, (item: IntakeItem) => Promise<IntakeOutcome>>()

/** Stores a new submission with the others arriving together; rejects with the caller's error (unknown category or store). */
export function intake(deps: AppDeps, item: IntakeItem): Promise<IntakeOutcome> {
  let enqueue = intakes.get(deps)
  if (!enqueue) intakes.set(deps, (enqueue = batcher(deps)))
  return enqueue(item)
}

function batcher(deps: AppDeps): (item: IntakeItem) => Promise<IntakeOutcome> {
  const waiting: Waiting[] = []
  let busy = false
  const next = () => {
    if (busy || waiting.length === 0) return
    busy = true
    const batch = waiting.splice(0, MAX_BATCH)
    // Group commit answers once the transaction is durable (db/group-commit.ts).
    void deps.db
      .grouped((tx) => storeNewCases(deps, tx, batch.map((w) => w.item)))
      .then(
        (settled) => settled.forEach((s, i) => (s.ok ? batch[i]!.resolve(s.value) : batch[i]!.reject(s.error))),
        // Nothing of the batch was written: each is stored alone, where one
        // that cannot be stored fails alone.
        () => batch.forEach((w) => w.resolve({ stored: false })),
      )
      .finally(() => {
        busy = false
        next()
      })
  }
  return (item) =>
    new Promise<IntakeOutcome>((resolve, reject) => {
      waiting.push({ item, resolve, reject })
      next()
    })
}

/** The batch's writes, inside its transaction: run again from the start if the transaction is (group-commit.ts). */
async function storeNewCases(deps: AppDeps, tx: Queryable, items: readonly IntakeItem[]): Promise<Settled[]> {
  // The calendar changes rarely: on PostgreSQL it is read again only when
  // another instance changed it (tx-memo.ts, migration 0250).
  if (deps.db.engine === 'postgres') await onceIn(tx, 'calendar', () => deps.calendar.refresh())
  const { categories, stores: known } = await activeCategoriesAndStores(
    tx,
    [...new Set(items.map((i) => i.input.category))],
    [...new Set(items.flatMap((i) => (i.input.storeCode ? [i.input.storeCode] : [])))],
  )

  const taken = new Set<string>()
  const settled: Settled[] = []
  const cases: NewFeedback[] = []
  for (const { input, receivedAt } of items) {
    const category = categories.get(input.category)
    const problem = caseProblem(input, category, input.storeCode ? known.has(input.storeCode) : true)
    if (problem || !category) {
      settled.push({ ok: false, error: problem })
      continue
    }
    const receipt = receiptFromId(input.id)
    // Two of the batch with one id or receipt: the later is stored alone,
    // after this batch, and answered as a retry or held.
    if (taken.has(input.id) || taken.has(receipt)) {
      settled.push({ ok: true, value: { stored: false } })
      continue
    }
    taken.add(input.id).add(receipt)
    const dueAt = addWorkingDays(receivedAt, category.slaDays, deps.calendar.get()).toISOString()
    cases.push(publicCase(input, { receipt, storeCode: input.storeCode ?? null, receivedAt: receivedAt.toISOString(), dueAt }))
    settled.push({ ok: true, value: { stored: true, dueAt, slaDays: category.slaDays } })
  }

  const inserted = await insertCasesIfNew(tx, cases)
  const stored = cases.filter((f) => inserted.has(f.id))
  await countAndFlag(tx, stored)
  return settled.map((s, i) =>
    s.ok && s.value.stored && !inserted.has(items[i]!.input.id) ? { ok: true, value: { stored: false } } : s,
  )
}

/** What follows new cases' insert: their rollups, who each is hidden from, their alerts. Call inside the insert's transaction. */
export async function countAndFlag(tx: Queryable, cases: readonly NewFeedback[]): Promise<void> {
  await countNewCases(tx, cases)
  for (const f of cases) {
    await hideFromConcerned(tx, { feedbackId: f.id, storeCode: f.storeCode, categoryId: f.categoryId, text: f.message, at: f.receivedAt })
    await alertNewCase(tx, f.id, f.categoryId, f.receivedAt)
  }
}
