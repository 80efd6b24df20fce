// The words for the payload fields the console's forms send, for the error
// list under a form. A path is named by itself without its list indexes
// (items.0.label.zh as items.label.zh), else by its first part.
import { fieldNames } from '../../../shared/i18n/field-names.ts'
import type { StaffMessageKey } from '../../state/staff-locale.ts'
import { STORE_FIELD_LABELS } from './store-field-labels.ts'

const PREFIX = 'fieldname.'
// Every name of the field-names catalogue, then the forms' own labels where one fits better.
const FROM_CATALOGUE = Object.fromEntries(
  (Object.keys(fieldNames['zh-CN']) as (keyof (typeof fieldNames)['zh-CN'])[]).filter((k) => k.startsWith(PREFIX)).map((k) => [k.slice(PREFIX.length), k]),
) as Record<string, StaffMessageKey>

const FIELD_NAMES: Record<string, StaffMessageKey> = {
  ...FROM_CATALOGUE,
  username: 'login.username',
  password: 'login.password',
  role: 'users.role',
  stores: 'users.stores',
  text: 'action.text',
  reason: 'action.reason',
  assignee: 'action.assignee',
  dueAt: 'action.new_deadline',
  status: 'action.next_status',
  slaDays: 'settings.sla_days',
  holidays: 'calendar.holidays',
  workdays: 'calendar.workdays',
  ...STORE_FIELD_LABELS,
  storeCode: 'stores.code',
  title: 'notices.field.title',
  body: 'notices.field.body',
  titleEn: 'notices.field.title_en',
  bodyEn: 'notices.field.body_en',
  scope: 'notices.field.scope',
  effectiveDate: 'notices.field.effective',
  hotline: 'hotline.label',
}

/** The catalogue key naming a field path; undefined for a field without a name. */
export function fieldNameKey(path: string): StaffMessageKey | undefined {
  const parts = path.split('.').filter((p) => !/^\d+$/.test(p))
  return FIELD_NAMES[parts.join('.')] ?? FIELD_NAMES[parts[0]!]
}
