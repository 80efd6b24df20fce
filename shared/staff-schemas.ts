// Payloads and query strings of the staff API (issue 4), validated by the
// server at its boundary and by the console's forms before sending.
import * as v from 'valibot'
import type { FieldError } from './api-error.ts'
import { CASE_STATUSES, CHANNELS, FEEDBACK_KINDS, ROLES } from './enums.ts'
import { districtFilterSchema, districtSchema } from './district.ts'
import { queryCount, queryFlag, queryText } from './query-fields.ts'
import { isUuidV4 } from './receipt.ts'
import { MESSAGE_MAX, storeCodeSchema } from './schemas.ts'
import { AUDIT_ACTIONS } from './staff-types.ts'

const code = (c: FieldError) => c

export const USERNAME_PATTERN = /^[A-Za-z0-9_.-]{2,32}$/
export const PASSWORD_MIN = 8
export const REASON_MAX = 500

const reason = v.pipe(v.string(code('invalid')), v.trim(), v.minLength(1, code('required')), v.maxLength(REASON_MAX, code('too_long')))
const username = v.pipe(v.string(code('required')), v.trim(), v.regex(USERNAME_PATTERN, code('invalid')))
const password = v.pipe(v.string(code('required')), v.minLength(PASSWORD_MIN, code('too_short')), v.maxLength(256, code('too_long')))
const districts = v.pipe(v.array(districtSchema, code('invalid')), v.maxLength(50, code('too_long')))
const stores = v.pipe(v.array(storeCodeSchema, code('invalid')), v.maxLength(500, code('too_long')))
const isoDate = v.pipe(v.string(code('invalid')), v.isoDate(code('invalid')))

export const caseUpdateSchema = v.strictObject({
  status: v.optional(v.picklist(CASE_STATUSES, code('invalid'))),
  assignee: v.optional(v.nullable(username)),
  dueAt: v.optional(v.pipe(v.string(code('invalid')), v.isoTimestamp(code('invalid')))),
  reason: v.optional(reason),
})
export type CaseUpdateInput = v.InferOutput<typeof caseUpdateSchema>

export const replySchema = v.strictObject({
  text: v.pipe(v.string(code('required')), v.trim(), v.minLength(1, code('required')), v.maxLength(MESSAGE_MAX, code('too_long'))),
  public: v.boolean(code('required')),
  /** Reply and move the case in one step (issue 11); `rejected` needs the reject form's reason. */
  status: v.optional(v.picklist(CASE_STATUSES, code('invalid'))),
})
export type ReplyInput = v.InferOutput<typeof replySchema>

/** The person's name as the store registry writes it (专管员): links a supervisor account to its stores. */
const personName = v.pipe(v.string(code('invalid')), v.trim(), v.maxLength(40, code('too_long')))

export const userCreateSchema = v.strictObject({
  username,
  password,
  role: v.picklist(ROLES, code('invalid')),
  name: v.optional(personName),
  districts: v.optional(districts),
  stores: v.optional(stores),
})
export type UserCreateInput = v.InferOutput<typeof userCreateSchema>

export const userUpdateSchema = v.strictObject({
  password: v.optional(password),
  name: v.optional(personName),
  role: v.optional(v.picklist(ROLES, code('invalid'))),
  districts: v.optional(districts),
  stores: v.optional(stores),
  disabled: v.optional(v.boolean(code('invalid'))),
})
export type UserUpdateInput = v.InferOutput<typeof userUpdateSchema>

const labelText = v.pipe(v.string(code('invalid')), v.trim(), v.minLength(1, code('required')), v.maxLength(80, code('too_long')))

export const categoryUpdateSchema = v.strictObject({
  slaDays: v.optional(v.pipe(v.number(code('invalid')), v.integer(code('invalid')), v.minValue(1, code('invalid')), v.maxValue(365, code('invalid')))),
  label: v.optional(v.strictObject({ zh: labelText, en: labelText })),
  active: v.optional(v.boolean(code('invalid'))),
  /** A grave category raises the case.grave alert (issue 11). */
  grave: v.optional(v.boolean(code('invalid'))),
})
export type CategoryUpdateInput = v.InferOutput<typeof categoryUpdateSchema>

export const CASE_SORTS = ['received', 'due', 'updated'] as const
export type CaseSort = (typeof CASE_SORTS)[number]
export const MAX_PAGE_SIZE = 100

/** `?status=open`: the open problems, praise left out (DESIGN: praise is never an open problem). */
export const OPEN_PROBLEMS = 'open'

/** The inbox filters as they appear in the URL (?district=…&status=new,assigned). Unknown keys are ignored. */
export const caseQuerySchema = v.object({
  district: districtFilterSchema,
  store: v.optional(storeCodeSchema),
  kind: v.optional(v.picklist(FEEDBACK_KINDS, code('invalid'))),
  channel: v.optional(v.picklist(CHANNELS, code('invalid'))),
  category: v.optional(v.pipe(v.string(), v.regex(/^[a-z0-9_]{1,40}$/, code('invalid')))),
  /**
   * One status or a comma-separated list; or `open` alone: the open
   * problems, an open status and not praise (the dashboard's 未办结).
   */
  status: v.optional(
    v.pipe(
      v.string(),
      v.transform((s) => s.split(',').filter(Boolean)),
      v.array(v.picklist([...CASE_STATUSES, OPEN_PROBLEMS], code('invalid'))),
      v.check((list) => !list.includes(OPEN_PROBLEMS) || list.length === 1, code('invalid')),
    ),
  ),
  /** A username, "none" for unassigned cases, or "me" for the caller's own. */
  assignee: queryText(32),
  /** The reporter said the last resolution did not fix it. */
  notFixed: queryFlag,
  overdue: queryFlag,
  dueSoon: queryFlag,
  /** Still `new` after the acknowledge SLA (1 working day). */
  ackOverdue: queryFlag,
  from: v.optional(isoDate),
  to: v.optional(isoDate),
  q: queryText(100),
  sort: v.optional(v.picklist(CASE_SORTS, code('invalid'))),
  order: v.optional(v.picklist(['asc', 'desc'], code('invalid'))),
  page: queryCount(1_000_000),
  pageSize: queryCount(MAX_PAGE_SIZE),
  /** CSV only: export contact data unmasked (admin/staff; audited). */
  reveal: queryFlag,
})
export type CaseQuery = v.InferOutput<typeof caseQuerySchema>

/** How the store table can be ordered: as the registry lists stores, or the largest number first. */
/** `unvisited` (issue 10): never visited first, then the longest ago; not for viewers. */
export const STORE_STATS_SORTS = ['district', 'attention', 'overdue', 'open', 'total', 'last7', 'unvisited'] as const
export type StoreStatsSort = (typeof STORE_STATS_SORTS)[number]

/** One page of the store statistics (?page=&pageSize=&sort=&district=&q=), filtered and sorted by the server. */
export const statsStoresQuerySchema = v.object({
  district: districtFilterSchema,
  sort: v.optional(v.picklist(STORE_STATS_SORTS, code('invalid'))),
  /** Part of a station code or store name. */
  q: queryText(40),
  page: queryCount(1_000_000),
  pageSize: queryCount(MAX_PAGE_SIZE),
})
export type StatsStoresQuery = v.InferOutput<typeof statsStoresQuerySchema>

/** A case's id in the path (/api/admin/feedback/:id): the UUID its sender made. */
export const caseIdParamSchema = v.object({
  id: v.pipe(v.string(code('invalid')), v.toLowerCase(), v.check(isUuidV4, code('invalid'))),
})

/** A category's id in the path (/api/admin/categories/:id). */
export const categoryIdParamSchema = v.object({
  id: v.pipe(v.string(code('invalid')), v.regex(/^[a-z0-9_]{1,40}$/, code('invalid'))),
})

/** An account's username in the path (/api/admin/users/:username). */
export const usernameParamSchema = v.object({ username })

/** The audit log's filters (?action=…&actor=…&page=…). */
export const auditQuerySchema = v.object({
  page: queryCount(1_000_000),
  action: v.optional(v.picklist(AUDIT_ACTIONS, code('invalid'))),
  actor: queryText(32),
})
