// Payloads of the store registry and the notices: one store's fields (used
// by the console form, the single-store API and every CSV row alike), a
// notice version as staff publish it, and the query strings and path
// parameters of those routes.
import * as v from 'valibot'
import type { FieldError } from './api-error.ts'
import { districtFilterSchema, districtSchema } from './district.ts'
import { NOTICE_SCOPES } from './enums.ts'
import { queryCount, queryFlag, queryText } from './query-fields.ts'
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
const ADDRESS_MAX = 200
const PERSON_MAX = 40

const storeFields = {
  name: text(1, STORE_NAME_MAX),
  district: districtSchema,
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
  district: v.optional(districtSchema),
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

/** A store's station code in the path (/api/stores/:code, /api/admin/stores/:code/…). */
export const storeCodeParamSchema = v.object({ code: storeCodeSchema })

/** A notice's id in the path (/api/admin/notices/:id/versions). */
export const noticeIdParamSchema = v.object({
  id: v.pipe(v.string(code('invalid')), v.regex(/^\d{1,15}$/, code('invalid')), v.transform(Number)),
})

const SEARCH_MAX = 50
const PAGE_MAX = 10_000

/** The buyer's store directory: ?q=…&district=…&page=… */
export const storeDirectoryQuerySchema = v.object({
  q: queryText(SEARCH_MAX),
  district: districtFilterSchema,
  page: queryCount(PAGE_MAX),
})

/**
 * One store for the buyer page. `v` is the poster version in the scanned
 * URL, used only to count scans: a garbled one must not cost the buyer the
 * page, so it is dropped rather than refused.
 */
export const publicStoreQuerySchema = v.object({
  // Poster versions are short digests; the tablet's own QR code sends "k".
  v: v.fallback(v.optional(v.pipe(v.string(), v.regex(/^[0-9a-z]{1,16}$/))), undefined),
})

/** The console's store list: the directory's filters plus ?active=1 or 0. */
export const adminStoreQuerySchema = v.object({
  ...storeDirectoryQuerySchema.entries,
  active: queryFlag,
})

/** The CSV import: a dry run unless ?apply=1; ?deactivateMissing=1 marks stores absent from the file unlicensed. */
export const storeImportQuerySchema = v.object({
  apply: queryFlag,
  deactivateMissing: queryFlag,
})

/** How many days back the silent-poster list and a store's scan counts look. */
export const daysQuerySchema = (max: number) => v.object({ days: queryCount(max) })

export const POSTER_SIZES = ['a4', 'a6'] as const
export type PosterSize = (typeof POSTER_SIZES)[number]

/** The print batch: ?size=a4|a6, a district or one store; HTML is the only format. */
export const posterQuerySchema = v.object({
  size: v.optional(v.picklist(POSTER_SIZES, code('invalid')), 'a4'),
  format: v.optional(v.picklist(['html'], code('invalid')), 'html'),
  district: districtFilterSchema,
  code: v.optional(storeCodeSchema),
})
