// The store page's form as a browser without scripts posts it
// (application/x-www-form-urlencoded, field names fixed by DESIGN.md), turned
// into the same FeedbackInput that POST /api/feedback takes, then checked by
// the same schema.
import * as v from 'valibot'
import type { FieldError } from './api-error.ts'
import { FEEDBACK_KINDS, type FeedbackKind } from './enums.ts'
import type { FormEcho } from './buyer-page-data.ts'
import { RATING_SCORES, ratingInputSchema } from './rating-schemas.ts'
import { storeDirectoryQuerySchema } from './registry-schemas.ts'
import { feedbackInputSchema, parseWith, type FeedbackInput } from './schemas.ts'

const text = v.optional(v.pipe(v.string(), v.maxLength(4000)), '')

/** Every field a plain form may send (unknown ones are ignored, as browsers add none). */
export const feedbackFormSchema = v.object({
  id: text,
  kind: text,
  category: text,
  message: text,
  contact_name: text,
  contact_phone: text,
  anonymous: text,
  /** The honeypot, named as in the hydrated form. */
  website: text,
})
export type FeedbackForm = v.InferOutput<typeof feedbackFormSchema>

/** ?lang=en or zh-CN: the buyer pages in that language (remembered in a cookie from then on). */
const langQuery = v.fallback(v.optional(v.picklist(['zh-CN', 'en'] as const)), undefined)
/** A receipt code as the pages put it in their URLs (any case). */
const receiptQuery = v.fallback(v.optional(v.pipe(v.string(), v.regex(/^[0-9A-Za-z]{13}$/), v.toUpperCase())), undefined)
const kindQuery = v.fallback(v.optional(v.picklist(FEEDBACK_KINDS)), undefined)

/** The store page's URL: `v` the poster version (counted as a scan), `kind` the action chosen above the form. */
export const storePageQuerySchema = v.object({
  lang: langQuery,
  v: v.fallback(v.optional(v.pipe(v.string(), v.regex(/^[0-9a-z]{1,16}$/))), undefined),
  // A link from an old page or a typo must not cost the buyer the page.
  kind: kindQuery,
  /** Back from tracking: the receipt this page showed (a receipt code, any case). */
  receipt: receiptQuery,
  /** Set by the server after a face was tapped without scripts: the page says thanks. */
  rated: v.fallback(v.optional(v.pipe(v.string(), v.transform(Number), v.picklist(RATING_SCORES))), undefined),
})

/** /report's URL: the store search, the store picked (a station code, or `none`), and as on a store's page. */
export const reportPageQuerySchema = v.object({
  ...storeDirectoryQuerySchema.entries,
  store: v.fallback(v.optional(v.pipe(v.string(), v.regex(/^[0-9A-Za-z-]{1,32}$/))), undefined),
  kind: kindQuery,
  receipt: receiptQuery,
  lang: langQuery,
})
export type ReportPageQuery = v.InferOutput<typeof reportPageQuerySchema>

/** /track's URL: the receipt typed into its lookup form, as typed (checked by the route). */
export const trackPageQuerySchema = v.object({
  receipt: v.optional(v.pipe(v.string(), v.maxLength(64))),
  lang: langQuery,
})

/** /track/:receipt's URL: `sent` after a follow-up posted without scripts, `answered` after the fix was confirmed or not. */
export const trackCaseQuerySchema = v.object({
  sent: v.fallback(v.optional(v.literal('1')), undefined),
  answered: v.fallback(v.optional(v.picklist(['fixed', 'not_fixed'] as const)), undefined),
  lang: langQuery,
})

/** A face tapped without scripts: the page's rating id and the face's score. */
export const ratingFormSchema = v.object({
  id: text,
  score: text,
})
export type RatingForm = v.InferOutput<typeof ratingFormSchema>

export type FormParse = { ok: true; value: FeedbackInput } | { ok: false; fields: Record<string, FieldError> }

/** `channel`: qr from a store's page, web from the centre-wide /report. */
export function feedbackFromForm(form: FeedbackForm, storeCode: string | null, channel: 'qr' | 'web', createdAt: string): FormParse {
  const anonymous = form.anonymous !== ''
  const draft: Record<string, unknown> = {
    id: form.id,
    storeCode,
    kind: form.kind,
    category: form.category,
    message: form.message,
    anonymous,
    channel,
    createdAt,
  }
  // Anonymous means nothing that identifies the reporter is kept: without
  // scripts the contact inputs stay on screen, so what was typed there is dropped.
  if (!anonymous && (form.contact_name.trim() || form.contact_phone.trim())) {
    draft.contact = { name: form.contact_name.trim(), phone: form.contact_phone.trim() }
  }
  if (form.website) draft.hp = form.website
  const parsed = parseWith(feedbackInputSchema, draft)
  if (parsed.ok) return { ok: true, value: parsed.value as FeedbackInput }
  return { ok: false, fields: parsed.fields }
}

/** What the form shows again, as it was sent, with what to fix. */
export function formEcho(form: FeedbackForm, fields: Record<string, FieldError>): FormEcho {
  const kind = (FEEDBACK_KINDS as readonly string[]).includes(form.kind) ? (form.kind as FeedbackKind) : 'complaint'
  return {
    kind,
    category: form.category,
    message: form.message,
    anonymous: form.anonymous !== '',
    name: form.contact_name,
    phone: form.contact_phone,
    fields,
  }
}

/** The rating a face's plain form sent, for the same schema as POST /api/ratings. */
export function ratingFromForm(form: RatingForm, storeCode: string, createdAt: string) {
  return parseWith(ratingInputSchema, { id: form.id, storeCode, score: Number(form.score), channel: 'qr', createdAt })
}
