// Payloads of "closing the loop" (issue 11): staff intake of cases received
// by hotline, letter, visit or event; bulk actions on the inbox; reply templates. Validated by the server at its
// boundary and by the console and /track forms before sending.
import * as v from 'valibot'
import type { FieldError } from './api-error.ts'
import { CASE_STATUSES, STAFF_CHANNELS } from './enums.ts'
import { MESSAGE_MAX, newCaseEntries } from './schemas.ts'
import { isUuidV4 } from './receipt.ts'
import { REASON_MAX, USERNAME_PATTERN } from './staff-schemas.ts'

const code = (c: FieldError) => c

export const BULK_MAX = 100
export const TEMPLATE_TITLE_MAX = 40

export const staffIntakeSchema = v.strictObject({
  ...newCaseEntries,
  channel: v.picklist(STAFF_CHANNELS, code('invalid')),
  /** When the call came in or the letter arrived; the deadline counts from it. Default: now. */
  receivedAt: v.optional(v.pipe(v.string(code('invalid')), v.isoTimestamp(code('invalid')))),
})
export type StaffIntakeInput = v.InferOutput<typeof staffIntakeSchema>

export const BULK_ACTIONS = ['assign', 'status', 'reject'] as const

export const bulkSchema = v.pipe(
  v.strictObject({
    ids: v.pipe(
      v.array(v.pipe(v.string(code('invalid')), v.toLowerCase(), v.check(isUuidV4, code('invalid'))), code('required')),
      v.minLength(1, code('required')),
      v.maxLength(BULK_MAX, code('too_long')),
    ),
    action: v.picklist(BULK_ACTIONS, code('invalid')),
    assignee: v.optional(v.nullable(v.pipe(v.string(code('invalid')), v.trim(), v.regex(USERNAME_PATTERN, code('invalid'))))),
    status: v.optional(v.picklist(CASE_STATUSES, code('invalid'))),
    reason: v.optional(v.pipe(v.string(code('invalid')), v.trim(), v.minLength(1, code('required')), v.maxLength(REASON_MAX, code('too_long')))),
  }),
  v.forward(v.check((b) => b.action !== 'assign' || b.assignee !== undefined, code('required')), ['assignee']),
  v.forward(v.check((b) => b.action !== 'status' || b.status !== undefined, code('required')), ['status']),
  v.forward(v.check((b) => b.action !== 'reject' || b.reason !== undefined, code('required')), ['reason']),
)
export type BulkInput = v.InferOutput<typeof bulkSchema>

const templateTitle = v.pipe(v.string(code('required')), v.trim(), v.minLength(1, code('required')), v.maxLength(TEMPLATE_TITLE_MAX, code('too_long')))
const templateBody = v.pipe(v.string(code('required')), v.trim(), v.minLength(1, code('required')), v.maxLength(MESSAGE_MAX, code('too_long')))

export const templateCreateSchema = v.strictObject({ title: templateTitle, body: templateBody })
export type TemplateCreateInput = v.InferOutput<typeof templateCreateSchema>

export const templateUpdateSchema = v.strictObject({ title: v.optional(templateTitle), body: v.optional(templateBody) })
export type TemplateUpdateInput = v.InferOutput<typeof templateUpdateSchema>

/** A reply template's or a notification channel's id in the path. */
export const numericIdParamSchema = v.object({
  id: v.pipe(v.string(code('invalid')), v.regex(/^[1-9]\d{0,8}$/, code('invalid')), v.transform(Number)),
})
