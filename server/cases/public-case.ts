// A buyer's submission as a case, and the checks of it that need the
// database's answer (its category, its store): shared by a submission
// stored with others (intake-batch.ts), one stored alone
// (submit-feedback.ts), a staff-recorded case and a released held one.
import { createHash } from 'node:crypto'
import type { FeedbackKind } from '../../shared/enums.ts'
import type { FeedbackInput } from '../../shared/schemas.ts'
import { ApiError } from '../api-error.ts'
import type { Category } from '../db/queries/categories.ts'
import type { NewFeedback } from '../db/queries/feedback.ts'

/** The case's category when it is active and of the case's kind and the store is known (or none given); else the field error a caller can fix. */
export function checkedCategory(
  input: { category: string; kind: FeedbackKind; storeCode?: string | null | undefined },
  category: Category | undefined,
  storeKnown: boolean,
): Category | ApiError {
  if (!category) return new ApiError(400, 'validation_failed', 'Unknown category', { category: 'unknown' })
  if (category.kind !== input.kind) {
    return new ApiError(400, 'validation_failed', `Category ${category.id} is not for ${input.kind}`, { category: 'kind_mismatch' })
  }
  if (input.storeCode && !storeKnown) return new ApiError(404, 'store_not_found', 'No store has this station code', { storeCode: 'unknown' })
  return category
}

/**
 * A buyer's submission as a case: an anonymous one keeps no contact at all.
 * Also what a held submission becomes when staff release it.
 */
export function publicCase(
  input: FeedbackInput,
  at: { receipt: string; payloadHash: string; storeCode: string | null; receivedAt: string; dueAt: string },
): NewFeedback {
  const anonymous = input.anonymous === true
  return {
    id: input.id,
    receipt: at.receipt,
    payloadHash: at.payloadHash,
    storeCode: at.storeCode,
    kind: input.kind,
    categoryId: input.category,
    message: input.message,
    contactName: anonymous ? null : input.contact?.name || null,
    contactPhone: anonymous ? null : input.contact?.phone || null,
    anonymous,
    channel: input.channel,
    createdAt: new Date(input.createdAt).toISOString(),
    receivedAt: at.receivedAt,
    dueAt: at.dueAt,
  }
}

/**
 * What tells a retry from a reuse of its id: the fields that make the
 * submission, in a fixed order. The same fields give the same hash, so a
 * retry answers as the first did; any difference is another submission.
 */
export function hashFields(fields: readonly unknown[]): string {
  return createHash('sha256').update(JSON.stringify(fields)).digest('hex')
}

export function hashPayload(input: FeedbackInput): string {
  return hashFields([
    input.id,
    input.storeCode ?? null,
    input.kind,
    input.category,
    input.message,
    input.contact?.name ?? '',
    input.contact?.phone ?? '',
    input.anonymous === true,
    input.channel,
    input.createdAt,
  ])
}
