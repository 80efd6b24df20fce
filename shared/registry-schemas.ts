// Payloads of the store registry and the notices: one store's fields (used
// by the console form, the single-store API and every CSV row alike) and a
// notice version as staff publish it.
import * as v from 'valibot'
import type { FieldError } from './api-error.ts'
import { NOTICE_SCOPES } from './enums.ts'
import { phoneSchema, storeCodeSchema } from './schemas.ts'

const code = (c: FieldError) => c

const text = (min: number, max: number) =>
  v.pipe(
    v.string(code('invalid')),
    v.trim(),
    v.minLength(min, code(min > 0 ? 'required' : 'invalid')),
    v.maxLength(max, code('too_long')),
  )

const STORE_NAME_MAX = 60
const DISTRICT_MAX = 20
const ADDRESS_MAX = 200
const PERSON_MAX = 40

const storeFields = {
  name: text(1, STORE_NAME_MAX),
  district: text(1, DISTRICT_MAX),
  address: text(0, ADDRESS_MAX),
  supervisorName: text(0, PERSON_MAX),
  // A store may not have a supervisor's phone on file yet.
  supervisorPhone: v.union([v.literal(''), phoneSchema], code('invalid')),
  active: v.boolean(code('invalid')),
}

export const storeCreateSchema = v.strictObject({
  code: storeCodeSchema,
  name: storeFields.name,
  district: storeFields.district,
  address: v.optional(storeFields.address, ''),
  supervisorName: v.optional(storeFields.supervisorName, ''),
  supervisorPhone: v.optional(storeFields.supervisorPhone, ''),
  active: v.optional(storeFields.active, true),
})
export type StoreCreateInput = v.InferOutput<typeof storeCreateSchema>

export const storePatchSchema = v.strictObject({
  name: v.optional(storeFields.name),
  district: v.optional(storeFields.district),
  address: v.optional(storeFields.address),
  supervisorName: v.optional(storeFields.supervisorName),
  supervisorPhone: v.optional(storeFields.supervisorPhone),
  active: v.optional(storeFields.active),
})
export type StorePatchInput = v.InferOutput<typeof storePatchSchema>

const NOTICE_TITLE_MAX = 60
const NOTICE_BODY_MAX = 4000
const NOTICE_STORES_MAX = 500

const isoDate = v.pipe(v.string(code('required')), v.isoDate(code('invalid')))

const noticeVersionEntries = {
  title: text(1, NOTICE_TITLE_MAX),
  body: text(1, NOTICE_BODY_MAX),
  titleEn: v.optional(text(0, NOTICE_TITLE_MAX * 2)),
  bodyEn: v.optional(text(0, NOTICE_BODY_MAX * 2)),
  scope: v.picklist(NOTICE_SCOPES, code('invalid')),
  district: v.optional(text(1, DISTRICT_MAX)),
  stores: v.optional(v.pipe(v.array(storeCodeSchema, code('invalid')), v.maxLength(NOTICE_STORES_MAX, code('too_long')))),
  effectiveDate: isoDate,
}

// The scope's target must be given: a district for 'district', at least one
// station code for 'stores'.
const districtGiven = (n: { scope: string; district?: string | undefined }) => n.scope !== 'district' || !!n.district
const storesGiven = (n: { scope: string; stores?: string[] | undefined }) => n.scope !== 'stores' || (n.stores?.length ?? 0) > 0

export const noticeVersionSchema = v.pipe(
  v.strictObject(noticeVersionEntries),
  v.forward(v.check((n) => districtGiven(n), code('required')), ['district']),
  v.forward(v.check((n) => storesGiven(n), code('required')), ['stores']),
)
export type NoticeVersionInput = v.InferOutput<typeof noticeVersionSchema>

export const noticeCreateSchema = v.pipe(
  v.strictObject({
    ...noticeVersionEntries,
    key: v.optional(v.pipe(v.string(code('invalid')), v.regex(/^[a-z][a-z0-9_]{0,39}$/, code('invalid')))),
    sortOrder: v.optional(v.pipe(v.number(code('invalid')), v.integer(code('invalid')))),
  }),
  v.forward(v.check((n) => districtGiven(n), code('required')), ['district']),
  v.forward(v.check((n) => storesGiven(n), code('required')), ['stores']),
)
export type NoticeCreateInput = v.InferOutput<typeof noticeCreateSchema>

// The centre's report hotline, printed on every poster: short service
// numbers (12345) as well as 400 and landline numbers.
export const centreSettingsSchema = v.strictObject({
  hotline: v.pipe(v.string(code('required')), v.trim(), v.regex(/^\+?[0-9][0-9 -]{2,22}[0-9]$/, code('invalid'))),
})
export type CentreSettingsInput = v.InferOutput<typeof centreSettingsSchema>
