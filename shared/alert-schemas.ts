// Notification channels (issue 11): where alerts go, which events they take,
// and for which districts. Validated at the server's boundary and by the
// console's channel form.
import * as v from 'valibot'
import type { FieldError } from './api-error.ts'

const code = (c: FieldError) => c

export const ALERT_CHANNEL_TYPES = ['webhook', 'wecom', 'dingtalk', 'email'] as const
export type AlertChannelType = (typeof ALERT_CHANNEL_TYPES)[number]

export const ALERT_EVENTS = ['case.created', 'case.grave', 'case.ack_overdue', 'case.overdue', 'case.reporter_message', 'digest.daily'] as const
export type AlertEvent = (typeof ALERT_EVENTS)[number]

/** How a channel's morning digest is counted: per district, or per store supervisor within its districts. */
export const DIGEST_GROUPINGS = ['district', 'supervisor'] as const
export type DigestGrouping = (typeof DIGEST_GROUPINGS)[number]

export const DELIVERY_STATUSES = ['pending', 'delivered', 'failed'] as const
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number]

const EMAIL = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[^\s@<>()[\]\\,;:"]+$/
const isHttpUrl = (s: string) => {
  try {
    const u = new URL(s)
    return u.protocol === 'https:' || u.protocol === 'http:'
  } catch {
    return false
  }
}

const target = v.pipe(v.string(code('required')), v.trim(), v.minLength(1, code('required')), v.maxLength(500, code('too_long')))
const events = v.pipe(v.array(v.picklist(ALERT_EVENTS, code('invalid')), code('invalid')), v.minLength(1, code('required')))
const districts = v.pipe(
  v.array(v.pipe(v.string(code('invalid')), v.trim(), v.minLength(1, code('invalid')), v.maxLength(40, code('too_long'))), code('invalid')),
  v.maxLength(50, code('too_long')),
)
const secret = v.pipe(v.string(code('invalid')), v.maxLength(200, code('too_long')))
const digestBy = v.picklist(DIGEST_GROUPINGS, code('invalid'))

/** A target fits its type: an e-mail address for `email`, an http(s) URL for the others. */
export function targetFits(type: AlertChannelType, value: string): boolean {
  return type === 'email' ? EMAIL.test(value) : isHttpUrl(value)
}

export const alertChannelCreateSchema = v.pipe(
  v.strictObject({
    type: v.picklist(ALERT_CHANNEL_TYPES, code('invalid')),
    target,
    events,
    districts: v.optional(districts),
    digestBy: v.optional(digestBy),
    secret: v.optional(secret),
    /** Off stops new alerts to this channel; what is queued is still sent. */
    active: v.optional(v.boolean(code('invalid'))),
  }),
  v.forward(v.check((c) => targetFits(c.type, c.target), code('invalid')), ['target']),
)
export type AlertChannelCreateInput = v.InferOutput<typeof alertChannelCreateSchema>

export const alertChannelUpdateSchema = v.strictObject({
  target: v.optional(target),
  events: v.optional(events),
  districts: v.optional(districts),
  digestBy: v.optional(digestBy),
  secret: v.optional(secret),
  active: v.optional(v.boolean(code('invalid'))),
})
export type AlertChannelUpdateInput = v.InferOutput<typeof alertChannelUpdateSchema>

export const deliveriesQuerySchema = v.object({
  channel: v.optional(v.pipe(v.string(), v.regex(/^\d{1,9}$/, code('invalid')), v.transform(Number))),
  status: v.optional(v.picklist(DELIVERY_STATUSES, code('invalid'))),
})
