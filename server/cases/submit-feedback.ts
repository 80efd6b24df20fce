// POST /api/feedback: a public submission becomes a case. The checks a
// caller can fail, the quiet quarantine of suspected bots, the answer to a
// retry, and the case stored with its rollups in one transaction: a new
// submission with the others arriving together (intake-batch.ts), anything
// else alone (group commit still shares its transaction).
import type { FeedbackAccepted } from '../../shared/api-types.ts'
import { newReceipt } from '../../shared/receipt.ts'
import type { FeedbackKind } from '../../shared/enums.ts'
import type { FeedbackInput } from '../../shared/schemas.ts'
import { addWorkingDays } from '../../shared/working-days.ts'
import { ApiError } from '../api-error.ts'
import type { Queryable } from '../db/database.ts'
import { getActiveCategoryAndStore, type Category } from '../db/queries/categories.ts'
import { feedbackWithIdOrReceipt, insertCasesIfNew, insertFeedback, type NewFeedback } from '../db/queries/feedback.ts'
import { getQuarantined, quarantineFeedback, type QuarantineReason } from '../db/queries/quarantine.ts'
import type { AppDeps } from '../deps.ts'
import { botSignal } from '../limits/bot-signals.ts'
import { intake } from './intake-batch.ts'
import { countAndFlag } from './store-new-cases.ts'
import { checkedCategory, hashPayload, publicCase } from './public-case.ts'

// A kiosk's clock may run a little fast; anything further ahead is a bug or a forgery.
const MAX_CLOCK_SKEW_MS = 10 * 60_000

interface Submitted {
  accepted: FeedbackAccepted
  /** false when this was a retry of a submission already stored. */
  created: boolean
}

export interface SubmitHooks {
  /**
   * Runs once the submission is known not to be a bot's, before it is
   * stored: true when the store is past its flood threshold, and the
   * submission is then held for review instead of refused (issue 13).
   */
  overFloodThreshold: (storeCode: string | null) => boolean
}

export async function submitFeedback(deps: AppDeps, input: FeedbackInput, hooks: SubmitHooks): Promise<Submitted> {
  const now = deps.clock.now()
  if (Date.parse(input.createdAt) > now.getTime() + MAX_CLOCK_SKEW_MS) {
    throw new ApiError(400, 'validation_failed', 'createdAt is in the future', { createdAt: 'in_future' })
  }
  const signal = botSignal(input, deps.config.minFillMs)
  const flood = signal === undefined && hooks.overFloodThreshold(input.storeCode ?? null)
  if (signal === undefined && !flood) {
    const outcome = await intake(deps, { input, receivedAt: now })
    if (outcome.stored) {
      const { receipt, dueAt, slaDays } = outcome
      return { accepted: { id: input.id, receipt, status: 'new', dueAt, slaDays }, created: true }
    }
  }
  return storeAlone(deps, input, now, signal, flood)
}

/** A submission held, a retry, or one whose id or receipt is taken: looked at on its own. */
async function storeAlone(deps: AppDeps, input: FeedbackInput, now: Date, signal: QuarantineReason | undefined, flood: boolean): Promise<Submitted> {
  // With several instances on PostgreSQL, another one may have changed the
  // calendar (a new submission sees that in its batch).
  if (deps.db.engine === 'postgres') await deps.calendar.refresh()
  const { category, storeCode } = await checkCategoryAndStore(deps, input)

  // Sent without a receipt (a page without scripts, an outside client), it gets one drawn here.
  const receipt = input.receipt ?? newReceipt()
  const payloadHash = hashPayload(input)
  const dueAt = addWorkingDays(now, category.slaDays, deps.calendar.get()).toISOString()
  const answer = (status: FeedbackAccepted['status'], due: string, answered = receipt): FeedbackAccepted => ({
    id: input.id,
    receipt: answered,
    status,
    dueAt: due,
    slaDays: category.slaDays,
  })
  // Sent again under its id, stored or held: the same content is a retry, other content a reuse.
  const requireSameContent = (storedHash: string) => {
    if (storedHash !== payloadHash) throw new ApiError(409, 'id_reused', 'This id was already used for a different submission')
  }

  // A held submission gets the answer a person would, so a bot cannot tell
  // it was caught; its text is kept apart, out of the cases and the counts,
  // until staff release or discard it (server/quarantine/).
  // Held once per id; sent again, it is answered as a stored submission's
  // retry is (200 with the receipt held first, or 409 for other content),
  // so that resending tells a bot nothing either.
  const { hp: _hp, ...kept } = input
  const hold = async (tx: Queryable, reason: QuarantineReason, heldReceipt: string | null): Promise<Submitted> => {
    const fresh = await quarantineFeedback(tx, { id: input.id, receipt: heldReceipt, reason, storeCode, payload: JSON.stringify(kept), receivedAt: now.toISOString() })
    if (fresh) return { accepted: answer('new', dueAt), created: true }
    const held = (await getQuarantined(tx, input.id))!
    requireSameContent(hashPayload(JSON.parse(held.payload) as FeedbackInput))
    return { accepted: answer('new', dueAt, held.receipt ?? receipt), created: false }
  }
  if (signal) return deps.db.grouped((tx) => hold(tx, signal, receipt))

  // Group commit: written with the writes arriving together, answered
  // once their shared transaction is durable (server/db/group-commit.ts).
  return deps.db.grouped(async (tx) => {
    // Stored without a read before it; only when its id or receipt is taken is it looked up.
    const f = publicCase(input, { receipt, payloadHash, storeCode, receivedAt: now.toISOString(), dueAt })
    if (!flood && (await insertCasesIfNew(tx, [f])).size > 0) {
      await countAndFlag(tx, [f])
      return { accepted: answer('new', dueAt), created: true }
    }
    const found = await feedbackWithIdOrReceipt(tx, input.id, receipt)
    const existing = found.find((c) => c.id === input.id)
    if (existing) {
      // A retry of what we already stored: answer as before, store nothing.
      requireSameContent(existing.payloadHash)
      return { accepted: answer(existing.status, existing.dueAt, existing.receipt), created: false }
    }
    // Its receipt is another case's: two draws of 65 random bits that meet
    // are astronomically unlikely, so a client sent a receipt it knows.
    // Refusing would tell it the receipt exists (issue 13), so it is
    // answered like any other and held for staff, under no receipt.
    if (found.length > 0) return hold(tx, 'receipt_taken', null)
    // Only a flood gets here with its id and receipt free.
    return hold(tx, 'flood', receipt)
  })
}

/** The case's category (active, of the case's kind) and store (known, or none given), or the field error a caller can fix. */
export async function checkCategoryAndStore(
  deps: AppDeps,
  input: { category: string; kind: FeedbackKind; storeCode?: string | null | undefined },
): Promise<{ category: Category; storeCode: string | null }> {
  const storeCode = input.storeCode ?? null
  const { category, storeKnown } = await getActiveCategoryAndStore(deps.db, input.category, storeCode)
  const checked = checkedCategory(input, category, storeKnown)
  if (checked instanceof ApiError) throw checked
  return { category: checked, storeCode }
}

/** Stores a new case, counts it into the rollups and queues its alerts. Call inside a transaction. */
export async function storeCase(tx: Queryable, f: NewFeedback): Promise<void> {
  await insertFeedback(tx, f)
  await countAndFlag(tx, [f])
}
