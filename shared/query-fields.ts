// Building blocks of the query-string schemas: a query value is always a
// string, so numbers and flags are parsed here, once, and a bad value is a
// field error like any body field's.
import * as v from 'valibot'
import type { FieldError } from './api-error.ts'

const code = (c: FieldError) => c

/** Free text such as a search; empty means not given. */
export const queryText = (max: number) =>
  v.optional(
    v.pipe(v.string(code('invalid')), v.trim(), v.maxLength(max, code('too_long')), v.transform((s) => s || undefined)),
  )

/** A whole number from 1 to max. */
export const queryCount = (max: number) =>
  v.optional(
    v.pipe(
      v.string(code('invalid')),
      v.regex(/^\d{1,7}$/, code('invalid')),
      v.transform(Number),
      v.minValue(1, code('invalid')),
      v.maxValue(max, code('invalid')),
    ),
  )

/** `1` for yes, `0` for no. */
export const queryFlag = v.optional(v.picklist(['0', '1'], code('invalid')))
