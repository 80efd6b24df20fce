// The payloads of the field work (issue 10): checklist templates, visits,
// campaigns, the risk and event libraries, and their query strings. The
// console's field forms check against the same schemas before sending.
import * as v from 'valibot'
import type { FieldError } from './api-error.ts'
import { districtFilterSchema, districtSchema } from './district.ts'
import { CHECK_RESULTS, RISK_LEVELS, RISK_STATUSES, VISIT_TYPES } from './enums.ts'
import { queryCount } from './query-fields.ts'
import { isUuidV4 } from './receipt.ts'
import { storeCodeSchema } from './schemas.ts'
import { MAX_PAGE_SIZE } from './staff-schemas.ts'

const code = (c: FieldError) => c

export const NOTE_MAX = 2000
export const CHECKLIST_ITEMS_MAX = 60

const text = (max: number) => v.pipe(v.string(code('required')), v.trim(), v.minLength(1, code('required')), v.maxLength(max, code('too_long')))
const optionalText = (max: number) => v.optional(v.pipe(v.string(code('invalid')), v.trim(), v.maxLength(max, code('too_long'))))
const slug = v.pipe(v.string(code('required')), v.regex(/^[a-z0-9_]{1,40}$/, code('invalid')))
const uuid = v.pipe(v.string(code('required')), v.toLowerCase(), v.check(isUuidV4, code('invalid')))
const isoDate = v.pipe(v.string(code('required')), v.isoDate(code('invalid')))
const timestamp = v.pipe(v.string(code('required')), v.isoTimestamp(code('invalid')))
const label = v.strictObject({ zh: text(200), en: text(200) })
const count = (max: number) => v.pipe(v.number(code('invalid')), v.integer(code('invalid')), v.minValue(0, code('invalid')), v.maxValue(max, code('invalid')))

/** POST /api/admin/checklists: a new template, or a new version of the template with this id. */
export const checklistInputSchema = v.strictObject({
  id: slug,
  title: label,
  items: v.pipe(
    v.array(v.strictObject({ id: slug, label, categoryId: slug }), code('invalid')),
    v.minLength(1, code('required')),
    v.maxLength(CHECKLIST_ITEMS_MAX, code('too_long')),
    v.check((items) => new Set(items.map((i) => i.id)).size === items.length, code('invalid')),
  ),
})
export type ChecklistInput = v.InferOutput<typeof checklistInputSchema>

const visitCommon = {
  id: uuid,
  storeCode: storeCodeSchema,
  startedAt: timestamp,
  note: optionalText(NOTE_MAX),
}

export const checkResultSchema = v.strictObject({
  itemId: slug,
  result: v.picklist(CHECK_RESULTS, code('invalid')),
  note: optionalText(NOTE_MAX),
})

/** POST /api/admin/visits, one shape per visit type. */
export const visitInputSchema = v.variant(
  'type',
  [
    v.strictObject({
      ...visitCommon,
      type: v.literal('inspection'),
      checklistId: slug,
      checklistVersion: v.pipe(v.number(code('required')), v.integer(code('invalid')), v.minValue(1, code('invalid'))),
      results: v.pipe(
        v.array(checkResultSchema, code('invalid')),
        v.minLength(1, code('required')),
        v.maxLength(CHECKLIST_ITEMS_MAX, code('too_long')),
        v.check((rs) => new Set(rs.map((r) => r.itemId)).size === rs.length, code('invalid')),
      ),
    }),
    v.strictObject({
      ...visitCommon,
      type: v.literal('training'),
      training: v.strictObject({ topic: text(200), attendees: count(1000), acknowledgedBy: optionalText(40) }),
    }),
    v.strictObject({
      ...visitCommon,
      type: v.literal('recheck'),
      recheck: v.strictObject({ caseId: uuid, rectified: v.boolean(code('required')), note: optionalText(NOTE_MAX) }),
    }),
    v.strictObject({ ...visitCommon, type: v.literal('support') }),
  ],
  code('invalid'),
)
export type VisitInput = v.InferOutput<typeof visitInputSchema>

/** GET /api/admin/visits?storeCode=&district=&type=&from=&to=&page= */
export const visitQuerySchema = v.object({
  storeCode: v.optional(storeCodeSchema),
  district: districtFilterSchema,
  type: v.optional(v.picklist(VISIT_TYPES, code('invalid'))),
  /** China dates, both inclusive. */
  from: v.optional(isoDate),
  to: v.optional(isoDate),
  page: queryCount(1_000_000),
  pageSize: queryCount(MAX_PAGE_SIZE),
})
export type VisitQuery = v.InferOutput<typeof visitQuerySchema>

const pct = v.optional(v.pipe(v.number(code('invalid')), v.integer(code('invalid')), v.minValue(0, code('invalid')), v.maxValue(100, code('invalid'))))

/** POST /api/admin/campaigns */
export const campaignInputSchema = v.pipe(
  v.strictObject({
    name: text(100),
    from: isoDate,
    to: isoDate,
    districts: v.optional(v.pipe(v.array(districtSchema, code('invalid')), v.maxLength(50, code('too_long')))),
    targets: v.optional(v.strictObject({ inspectedPct: pct, trainedPct: pct })),
  }),
  v.forward(
    v.check((c) => c.from <= c.to, code('invalid')),
    ['to'],
  ),
)
export type CampaignInput = v.InferOutput<typeof campaignInputSchema>

export const campaignIdParamSchema = v.object({
  id: v.pipe(v.string(code('invalid')), v.regex(/^\d{1,9}$/, code('invalid')), v.transform(Number)),
})

/** ?asOf=YYYY-MM-DD (China date); today when not given. */
export const progressQuerySchema = v.object({ asOf: v.optional(isoDate) })

const riskEntries = {
  title: text(200),
  description: text(NOTE_MAX),
  level: v.picklist(RISK_LEVELS, code('invalid')),
  owner: text(100),
  controls: text(NOTE_MAX),
  reviewBy: isoDate,
  categoryIds: v.pipe(v.array(slug, code('invalid')), v.maxLength(50, code('too_long'))),
}

/** POST /api/admin/risks */
export const riskInputSchema = v.strictObject(riskEntries)
export type RiskInput = v.InferOutput<typeof riskInputSchema>

const fieldEventEntries = {
  title: text(200),
  occurredOn: isoDate,
  storeCodes: v.pipe(v.array(storeCodeSchema, code('invalid')), v.maxLength(200, code('too_long'))),
  caseIds: v.pipe(v.array(uuid, code('invalid')), v.maxLength(200, code('too_long'))),
  followUp: v.pipe(v.string(code('invalid')), v.trim(), v.maxLength(NOTE_MAX, code('too_long'))),
}

/** POST /api/admin/events */
export const fieldEventInputSchema = v.strictObject(fieldEventEntries)
export type FieldEventInput = v.InferOutput<typeof fieldEventInputSchema>

/** The version the editor started from: a change made meanwhile by someone else is a 409, not overwritten. */
const editedVersion = v.pipe(v.number(code('required')), v.integer(code('invalid')), v.minValue(1, code('invalid')))

/** PATCH /api/admin/risks/:id: the fields that change, and `status` to retire (or reinstate) a risk. */
export const riskPatchSchema = v.strictObject({
  version: editedVersion,
  ...v.partial(v.object(riskEntries)).entries,
  status: v.optional(v.picklist(RISK_STATUSES, code('invalid'))),
})
export type RiskPatch = v.InferOutput<typeof riskPatchSchema>

/** PATCH /api/admin/events/:id: the fields that change. */
export const fieldEventPatchSchema = v.strictObject({
  version: editedVersion,
  ...v.partial(v.object(fieldEventEntries)).entries,
})
export type FieldEventPatch = v.InferOutput<typeof fieldEventPatchSchema>

/** :id of a risk or an event. */
export const libraryIdParamSchema = campaignIdParamSchema
