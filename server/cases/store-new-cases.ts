// A batch of new submissions stored in one transaction (issue 14): the
// categories' and stores' check, the cases and their first events, the
// daily counts, the stores' summaries and the districts' counts, each one
// statement however many submissions. Run by intake-batch.ts, in the
// server's thread or in the intake worker (intake-worker-thread.ts).
import type { FeedbackInput } from '../../shared/schemas.ts'
import type { ErrorCode, FieldError } from '../../shared/api-error.ts'
import { newReceipt } from '../../shared/receipt.ts'
import { addWorkingDays } from '../../shared/working-days.ts'
import { alertNewCase } from '../alerts/case-alerts.ts'
import type { CalendarStore } from '../calendar/calendar-store.ts'
import { hideFromConcerned } from '../conflicts/hide-from-concerned.ts'
import type { Database, Queryable } from '../db/database.ts'
import { activeCategoriesAndStores, listCategories } from '../db/queries/categories.ts'
import { insertCasesIfNew, insertCreatedEvents, type NewFeedback } from '../db/queries/feedback.ts'
import { sideBySide } from '../db/side-by-side.ts'
import { onceIn } from '../db/tx-memo.ts'
import { countNewCases } from '../stats/rollups.ts'
import { ApiError } from '../api-error.ts'
import { checkedCategory, hashPayload, publicCase } from './public-case.ts'

export interface IntakeItem {
  input: FeedbackInput
  receivedAt: Date
}

/**
 * A submission with what it comes to by itself: its receipt, and the hash
 * that tells a retry from a reuse of its id. Worked out as it joins the
 * next batch (intake-batch.ts), while the batch before it is written, so
 * that a batch's own turn on the writer does not wait for it.
 */
export interface PreparedItem extends IntakeItem {
  receipt: string
  payloadHash: string
}

export const prepareItem = (item: IntakeItem): PreparedItem => ({ ...item, receipt: item.input.receipt ?? newReceipt(), payloadHash: hashPayload(item.input) })

/** Stored as a new case with this receipt and deadline, or to be stored alone (`stored: false`). */
export type IntakeOutcome = { stored: true; receipt: string; dueAt: string; slaDays: number } | { stored: false }

/** What a submission of the batch comes to: plain data, so that it crosses from a worker thread. */
export type Settled =
  | { ok: true; value: IntakeOutcome }
  | { ok: false; error: { status: ApiError['status']; code: ErrorCode; message: string; fields: Record<string, FieldError> | undefined } }

/** A submission to be stored alone: its id or receipt is taken, or its batch failed as a whole. */
export const AGAIN: Settled = { ok: true, value: { stored: false } }

/** Takes one submission into the next batch; resolves once that batch is stored (or failed as a whole: `stored: false`). */
export type Intake = (item: IntakeItem) => Promise<Settled>

/**
 * Stores the batch's new cases, answering for each; rejects when the batch
 * failed as a whole (nothing of it is then written).
 */
export function storeNewCases(db: Database, calendar: CalendarStore, items: readonly PreparedItem[]): Promise<Settled[]> {
  // Group commit answers once the transaction is durable (db/group-commit.ts).
  return db.grouped((tx) => writeNewCases(calendar, tx, items))
}

/** The batch's writes, inside its transaction: run again from the start if the transaction is (group-commit.ts). */
async function writeNewCases(calendar: CalendarStore, tx: Queryable, items: readonly PreparedItem[]): Promise<Settled[]> {
  // What the batch reads and never writes is read again only once another
  // handle (the server's thread, another instance, a command-line tool) has
  // changed it: the transactions that saw the same reference version share
  // one read (tx-memo.ts, migrations 0240 to 0260).
  await onceIn(tx, 'calendar', () => calendar.refresh())
  const { categories, known } = await categoriesAndStores(tx, items)
  const taken = new Set<string>()
  const settled: Settled[] = []
  const cases: NewFeedback[] = []
  for (const { input, receivedAt, receipt, payloadHash } of items) {
    const category = checkedCategory(input, categories.get(input.category), input.storeCode ? known.has(input.storeCode) : true)
    if (category instanceof ApiError) {
      settled.push({ ok: false, error: { status: category.status, code: category.code, message: category.message, fields: category.fields } })
      continue
    }
    // Two of the batch with one id or receipt: the later is stored alone,
    // after this batch, and answered as a retry or held.
    if (taken.has(input.id) || taken.has(receipt)) {
      settled.push(AGAIN)
      continue
    }
    taken.add(input.id).add(receipt)
    const dueAt = addWorkingDays(receivedAt, category.slaDays, calendar.get()).toISOString()
    cases.push(publicCase(input, { receipt, payloadHash, storeCode: input.storeCode ?? null, receivedAt: receivedAt.toISOString(), dueAt }))
    settled.push({ ok: true, value: { stored: true, receipt, dueAt, slaDays: category.slaDays } })
  }

  const inserted = await insertCasesIfNew(tx, cases)
  await countAndFlag(
    tx,
    cases.filter((f) => inserted.has(f.id)),
  )
  // One whose id or receipt was taken already is stored alone: a retry, or held.
  return settled.map((s, i) => (s.ok && s.value.stored && !inserted.has(items[i]!.input.id) ? AGAIN : s))
}

// Store codes kept as known per reference version at most (the province
// has 200,000 stores): past it the set starts again.
const KNOWN_STORES_KEPT = 50_000

/**
 * The active categories, and the registered stores among those the batch
 * names: the categories read once per reference version, the stores as
 * they are met (a code found stays found until the version moves).
 */
async function categoriesAndStores(tx: Queryable, items: readonly IntakeItem[]) {
  const categories = await onceIn(tx, 'activeCategories', async () => new Map((await listCategories(tx)).map((c) => [c.id, c])))
  const known = await onceIn(tx, 'knownStores', () => Promise.resolve(new Set<string>()))
  const unseen = [...new Set(items.flatMap((i) => (i.input.storeCode ? [i.input.storeCode] : [])))].filter((code) => !known.has(code))
  if (unseen.length > 0) {
    const { stores } = await activeCategoriesAndStores(tx, [], unseen)
    if (known.size + stores.size > KNOWN_STORES_KEPT) known.clear()
    for (const code of stores) known.add(code)
  }
  return { categories, known }
}

/** What follows new cases' insert: their first events, their rollups, who each is hidden from, their alerts. Call inside the insert's transaction. */
export async function countAndFlag(tx: Queryable, cases: readonly NewFeedback[]): Promise<void> {
  await sideBySide([insertCreatedEvents(tx, cases), countNewCases(tx, cases)])
  for (const f of cases) {
    await hideFromConcerned(tx, { feedbackId: f.id, storeCode: f.storeCode, categoryId: f.categoryId, text: f.message, at: f.receivedAt })
    await alertNewCase(tx, f.id, f.categoryId, f.receivedAt)
  }
}
