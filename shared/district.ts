// One rule for a district name wherever one is typed or sent: the store
// form, every CSV row, a user's districts, a notice's target, and the
// district filters of the lists and the poster batch.
import * as v from 'valibot'
import type { FieldError } from './api-error.ts'

const code = (c: FieldError) => c

export const DISTRICT_MAX = 40

export const districtSchema = v.pipe(
  v.string(code('invalid')),
  v.trim(),
  v.minLength(1, code('required')),
  v.maxLength(DISTRICT_MAX, code('too_long')),
)

/** A district filter in a query string; empty means every district. */
export const districtFilterSchema = v.optional(
  v.pipe(
    v.string(code('invalid')),
    v.trim(),
    v.maxLength(DISTRICT_MAX, code('too_long')),
    v.transform((d) => d || undefined),
  ),
)
