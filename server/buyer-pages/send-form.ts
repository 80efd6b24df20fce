// A buyer's form posted without scripts, from a store's page or from
// /report: the same checks, idempotency and limits as POST /api/feedback,
// through the same workflow (server/cases/submit-feedback.ts), answered with
// the receipt page or, when a field needs fixing, the form again.
import type { BuyerPageData, FormEcho } from '../../shared/buyer-page-data.ts'
import { feedbackFromForm, formEcho, type FeedbackForm } from '../../shared/feedback-form.ts'
import { isUuidV4, newFeedbackId } from '../../shared/receipt.ts'
import type { FeedbackInput } from '../../shared/schemas.ts'
import { ApiError } from '../api-error.ts'
import { submitFeedback, type SubmitHooks } from '../cases/submit-feedback.ts'
import { listCategories } from '../db/queries/categories.ts'
import { getFeedback } from '../db/queries/feedback.ts'
import { getQuarantined } from '../db/queries/quarantine.ts'
import type { AppDeps } from '../deps.ts'

export interface RenderedPage {
  status: 200 | 201 | 400 | 404 | 410
  data: BuyerPageData
  title?: string | undefined
}

export interface FormTarget {
  storeCode: string | null
  storeName: string | null
  channel: 'qr' | 'web'
  /** The page again with the form as sent and what to fix, under the same id (nothing was stored under it). */
  again(echo: FormEcho, formId: string): Promise<RenderedPage>
}

/** The flood hooks of one submission, counted once it is known to be well-formed. */
export type HooksFor = (input: FeedbackInput) => Promise<SubmitHooks>

export async function sendForm(deps: AppDeps, target: FormTarget, form: FeedbackForm, hooksFor: HooksFor): Promise<RenderedPage> {
  const again = (fields: FormEcho['fields']) =>
    target.again(formEcho(form, fields), isUuidV4(form.id.toLowerCase()) ? form.id : newFeedbackId())
  const parsed = feedbackFromForm(form, target.storeCode, target.channel, deps.clock.now().toISOString())
  if (!parsed.ok) return again(parsed.fields)
  // A plain form carries no time of its own: sent again (a double tap on a
  // weak network, the receipt page reloaded) it takes the time stored under
  // its id, so it is the same submission, answered with the same receipt.
  const createdAt = await storedCreatedAt(deps, parsed.value.id)
  const input = createdAt ? { ...parsed.value, createdAt } : parsed.value
  try {
    const { accepted, created } = await submitFeedback(deps, input, await hooksFor(input))
    const category = (await listCategories(deps.db)).find((c) => c.id === input.category)!
    return {
      status: created ? 201 : 200,
      data: {
        page: 'receipt',
        storeCode: target.storeCode,
        storeName: target.storeName,
        delivered: { receipt: accepted.receipt, dueAt: accepted.dueAt, category },
      },
      title: target.storeName ?? undefined,
    }
  } catch (err) {
    // A field the workflow refused (an unknown category, one of another kind) goes back to the form.
    if (err instanceof ApiError && err.status === 400 && err.fields) return again(err.fields)
    throw err
  }
}

/** When the submission already stored under this id, as a case or held for review, says it was written. */
async function storedCreatedAt(deps: AppDeps, id: string): Promise<string | undefined> {
  const stored = await getFeedback(deps.db, id)
  if (stored) return stored.createdAt
  const held = await getQuarantined(deps.db, id)
  return held ? (JSON.parse(held.payload) as Pick<FeedbackInput, 'createdAt'>).createdAt : undefined
}
