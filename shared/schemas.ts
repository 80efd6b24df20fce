// Every payload that crosses the wire, validated the same way on both ends:
// the server at its boundary, the forms in the browser before sending.
import * as v from 'valibot'
import { FEEDBACK_KINDS, PUBLIC_CHANNELS } from './enums.ts'
import { FIELD_ERRORS, type FieldError } from './api-error.ts'
import { normalizePairingCode } from './pairing-code.ts'
import { isReceipt, isUuidV4, normalizeReceipt } from './receipt.ts'
import { MESSAGE_MAX, MESSAGE_MIN, NAME_MAX } from './feedback-limits.ts'

export { MESSAGE_MAX, MESSAGE_MIN, NAME_MAX }

// Issue messages are field error codes (see api-error.ts), never prose:
// each client renders them in its own language.
const code = (c: FieldError) => c

const trimmed = (max: number) =>
  v.pipe(v.string(code('invalid')), v.trim(), v.maxLength(max, code('too_long')))

export const storeCodeSchema = v.pipe(
  v.string(code('invalid')),
  v.trim(),
  v.regex(/^[0-9A-Za-z-]{2,32}$/, code('invalid')),
)

export const phoneSchema = v.pipe(
  v.string(code('invalid')),
  v.trim(),
  v.regex(/^\+?[0-9][0-9 -]{4,18}[0-9]$/, code('invalid')),
)

export const contactSchema = v.strictObject({
  name: v.optional(trimmed(NAME_MAX)),
  phone: v.optional(v.union([v.literal(''), phoneSchema], code('invalid'))),
})

/**
 * The fields every new case is sent with, whoever sends it: the public's
 * submission below, the staff's intake of a call or a letter
 * (loop-schemas.ts). Each adds its channel and its own fields.
 */
export const newCaseEntries = {
  id: v.pipe(v.string(code('required')), v.toLowerCase(), v.check(isUuidV4, code('invalid'))),
  storeCode: v.optional(v.nullable(storeCodeSchema)),
  kind: v.picklist(FEEDBACK_KINDS, code('invalid')),
  category: v.pipe(v.string(code('required')), v.regex(/^[a-z0-9_]{1,40}$/, code('invalid'))),
  message: v.pipe(v.string(code('required')), v.trim(), v.minLength(MESSAGE_MIN, code('too_short')), v.maxLength(MESSAGE_MAX, code('too_long'))),
  contact: v.optional(contactSchema),
}

export const feedbackInputSchema = v.pipe(
  v.strictObject({
    ...newCaseEntries,
    // The receipt a phone or kiosk drew for it (shared/receipt.ts), so that
    // it shows the buyer the code at once, sent or not; without one the
    // server draws it. A retry is answered with the receipt stored first.
    receipt: v.optional(v.pipe(v.string(code('invalid')), v.check(isReceipt, code('invalid')))),
    anonymous: v.optional(v.boolean(code('invalid'))),
    channel: v.picklist(PUBLIC_CHANNELS, code('invalid')),
    createdAt: v.pipe(v.string(code('required')), v.isoTimestamp(code('invalid'))),
    // Anti-abuse signals from the public form (see the hardening issue):
    // `hp` is a honeypot field people never see, so never fill; `fillMs` is
    // how long the form was open before it was sent.
    hp: v.optional(v.pipe(v.string(code('invalid')), v.maxLength(200, code('too_long')))),
    fillMs: v.optional(v.pipe(v.number(code('invalid')), v.integer(code('invalid')), v.minValue(0, code('invalid')))),
  }),
  // An anonymous report must not carry contact data: the promise is that
  // nothing that identifies the reporter is stored.
  v.forward(
    v.check((input) => !input.anonymous || (!input.contact?.name && !input.contact?.phone), code('not_allowed')),
    ['contact'],
  ),
)
export type FeedbackInput = v.InferOutput<typeof feedbackInputSchema>

export const loginSchema = v.strictObject({
  username: v.pipe(v.string(code('required')), v.trim(), v.minLength(1, code('required')), v.maxLength(64, code('too_long'))),
  password: v.pipe(v.string(code('required')), v.minLength(1, code('required')), v.maxLength(256, code('too_long'))),
})

export const trackMessageSchema = v.strictObject({
  text: v.pipe(v.string(code('required')), v.trim(), v.minLength(1, code('required')), v.maxLength(MESSAGE_MAX, code('too_long'))),
})

/** A receipt code in the path (/api/track/:receipt), as typed: any case, dashes, O for 0. */
export const receiptParamSchema = v.object({
  receipt: v.pipe(
    v.string(code('invalid')),
    v.check((r) => normalizeReceipt(r) !== null, code('invalid')),
    v.transform((r) => normalizeReceipt(r)!),
  ),
})

// A tablet pairs with the one-time code staff created for its store.
export const pairSchema = v.strictObject({
  code: v.pipe(
    v.string(code('required')),
    v.check((c) => normalizePairingCode(c) !== null, code('invalid')),
    v.transform((c) => normalizePairingCode(c)!),
  ),
})

// What a tablet reports every few minutes: the notices it shows (the
// noticeVersion of GET /api/stores/:code as it was shown), how many
// submissions wait in its outbox, and its build.
export const heartbeatSchema = v.strictObject({
  noticeVersion: v.pipe(v.string(code('required')), v.maxLength(200, code('too_long'))),
  outboxLength: v.pipe(v.number(code('required')), v.integer(code('invalid')), v.minValue(0, code('invalid'))),
  appVersion: v.pipe(v.string(code('required')), v.maxLength(40, code('too_long'))),
})
export type HeartbeatInput = v.InferOutput<typeof heartbeatSchema>

const FIELD_ERROR_SET: ReadonlySet<string> = new Set(FIELD_ERRORS)

// A strict object reports a missing key and an unknown key with the same
// issue type; `received` tells them apart.
function fieldError(issue: v.BaseIssue<unknown>): FieldError {
  if (issue.type === 'strict_object' || issue.type === 'object') {
    if (issue.received === 'undefined') return 'required'
    if (issue.expected === 'never') return 'not_allowed'
    return 'invalid'
  }
  return FIELD_ERROR_SET.has(issue.message) ? (issue.message as FieldError) : 'invalid'
}

export type ParseResult<T> = { ok: true; value: T } | { ok: false; fields: Record<string, FieldError> }

/** Validates with a schema and maps issues to `{path: code}`, first issue per field wins. */
export function parseWith<S extends v.GenericSchema>(schema: S, input: unknown): ParseResult<v.InferOutput<S>> {
  const result = v.safeParse(schema, input)
  if (result.success) return { ok: true, value: result.output }
  const fields: Record<string, FieldError> = {}
  for (const issue of result.issues) {
    const path = issue.path?.map((p) => String(p.key)).join('.') || '_'
    fields[path] ??= fieldError(issue)
  }
  return { ok: false, fields }
}
