// The reporter's answer to "问题解决了吗？" on /track (issue 11), checked by
// the server and by the buyer page's form. Kept apart from the staff
// schemas so the buyer page's bundle stays small.
import * as v from 'valibot'
import type { FieldError } from './api-error.ts'

const code = (c: FieldError) => c

export const COMMENT_MAX = 1000
export const RATINGS = [1, 2, 3, 4, 5] as const

export const confirmSchema = v.strictObject({
  fixed: v.boolean(code('required')),
  rating: v.optional(v.picklist(RATINGS, code('invalid'))),
  comment: v.optional(v.pipe(v.string(code('invalid')), v.trim(), v.maxLength(COMMENT_MAX, code('too_long')))),
})
export type ConfirmInput = v.InferOutput<typeof confirmSchema>
