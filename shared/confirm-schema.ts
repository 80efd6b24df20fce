// The reporter's answer to "问题解决了吗？" on /track (issue 11), checked by
// the server and by the buyer page's form. Kept apart from the staff
// schemas so the buyer page's bundle stays small.
import * as v from 'valibot'
import type { FieldError } from './api-error.ts'
import { parseWith } from './schemas.ts'

const code = (c: FieldError) => c

export const COMMENT_MAX = 1000
export const RATINGS = [1, 2, 3, 4, 5] as const

export const confirmSchema = v.strictObject({
  fixed: v.boolean(code('required')),
  rating: v.optional(v.picklist(RATINGS, code('invalid'))),
  comment: v.optional(v.pipe(v.string(code('invalid')), v.trim(), v.maxLength(COMMENT_MAX, code('too_long')))),
})
export type ConfirmInput = v.InferOutput<typeof confirmSchema>

/** The answer as /track's form posts it without scripts: `fixed` yes or no, the rating's digit, the comment. */
export const confirmFormSchema = v.object({
  fixed: v.optional(v.string(), ''),
  rating: v.optional(v.string(), ''),
  comment: v.optional(v.string(), ''),
})

/** The plain form's fields, checked by the same schema as the JSON answer. */
export function confirmFromForm(form: v.InferOutput<typeof confirmFormSchema>) {
  const draft: Record<string, unknown> = { fixed: form.fixed === 'yes' ? true : form.fixed === 'no' ? false : undefined }
  // A rating only goes with a fix: the plain form shows its faces beside both answers.
  if (form.rating && form.fixed === 'yes') draft.rating = Number(form.rating)
  if (form.comment.trim()) draft.comment = form.comment
  return parseWith(confirmSchema, draft)
}
