// Payloads and query strings of the staff API (issue 4), validated by the
// server at its boundary and by the console's forms before sending.
import * as v from 'valibot'
import type { FieldError } from './api-error.ts'
import { CASE_STATUSES, FEEDBACK_KINDS, ROLES } from './enums.ts'
import { MESSAGE_MAX, storeCodeSchema } from './schemas.ts'

const code = (c: FieldError) => c

export const USERNAME_PATTERN = /^[A-Za-z0-9_.-]{2,32}$/
export const PASSWORD_MIN = 8
export const REASON_MAX = 500

const reason = v.pipe(v.string(code('invalid')), v.trim(), v.minLength(1, code('required')), v.maxLength(REASON_MAX, code('too_long')))
const username = v.pipe(v.string(code('required')), v.trim(), v.regex(USERNAME_PATTERN, code('invalid')))
const password = v.pipe(v.string(code('required')), v.minLength(PASSWORD_MIN, code('too_short')), v.maxLength(256, code('too_long')))
const district = v.pipe(v.string(code('invalid')), v.trim(), v.minLength(1, code('invalid')), v.maxLength(40, code('too_long')))
const districts = v.pipe(v.array(district, code('invalid')), v.maxLength(50, code('too_long')))
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
})
export type ReplyInput = v.InferOutput<typeof replySchema>

export const userCreateSchema = v.strictObject({
  username,
  password,
  role: v.picklist(ROLES, code('invalid')),
  districts: v.optional(districts),
  stores: v.optional(stores),
})
export type UserCreateInput = v.InferOutput<typeof userCreateSchema>

export const userUpdateSchema = v.strictObject({
  password: v.optional(password),
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
})
export type CategoryUpdateInput = v.InferOutput<typeof categoryUpdateSchema>

export const calendarYearSchema = v.strictObject({
  holidays: v.pipe(
    v.array(
      v.pipe(
        v.strictObject({ name: labelText, from: isoDate, to: isoDate }),
        v.forward(v.check((h) => h.from <= h.to, code('invalid')), ['to']),
      ),
      code('invalid'),
    ),
    v.maxLength(40, code('too_long')),
  ),
  workdays: v.pipe(v.array(isoDate, code('invalid')), v.maxLength(40, code('too_long'))),
})
export type CalendarYearInput = v.InferOutput<typeof calendarYearSchema>

const flag = v.optional(v.picklist(['0', '1'], code('invalid')))
const text = (max: number) => v.optional(v.pipe(v.string(), v.trim(), v.maxLength(max, code('too_long'))))
const positive = (max: number) =>
  v.optional(v.pipe(v.string(), v.regex(/^\d{1,7}$/, code('invalid')), v.transform(Number), v.minValue(1, code('invalid')), v.maxValue(max, code('invalid'))))

export const CASE_SORTS = ['received', 'due', 'updated'] as const
export type CaseSort = (typeof CASE_SORTS)[number]
export const MAX_PAGE_SIZE = 100

/** The inbox filters as they appear in the URL (?district=…&status=new,assigned). Unknown keys are ignored. */
export const caseQuerySchema = v.object({
  district: text(40),
  store: v.optional(storeCodeSchema),
  kind: v.optional(v.picklist(FEEDBACK_KINDS, code('invalid'))),
  category: v.optional(v.pipe(v.string(), v.regex(/^[a-z0-9_]{1,40}$/, code('invalid')))),
  /** One status or a comma-separated list. */
  status: v.optional(
    v.pipe(
      v.string(),
      v.transform((s) => s.split(',').filter(Boolean)),
      v.array(v.picklist(CASE_STATUSES, code('invalid'))),
    ),
  ),
  /** A username, or "none" for unassigned cases. */
  assignee: text(32),
  overdue: flag,
  dueSoon: flag,
  /** Still `new` after the acknowledge SLA (1 working day). */
  ackOverdue: flag,
  from: v.optional(isoDate),
  to: v.optional(isoDate),
  q: text(100),
  sort: v.optional(v.picklist(CASE_SORTS, code('invalid'))),
  order: v.optional(v.picklist(['asc', 'desc'], code('invalid'))),
  page: positive(1_000_000),
  pageSize: positive(MAX_PAGE_SIZE),
  /** CSV only: export contact data unmasked (admin/staff; audited). */
  reveal: flag,
})
export type CaseQuery = v.InferOutput<typeof caseQuerySchema>
