import type { StaffMessageKey } from '../../state/staff-locale.ts'
import { STORE_FIELD_LABELS } from './store-field-labels.ts'

// The words for the payload fields the console's forms send; a nested path
// (holidays.0.from) is named by its first part.
const FIELD_NAMES: Record<string, StaffMessageKey> = {
  username: 'login.username',
  password: 'login.password',
  role: 'users.role',
  districts: 'users.districts',
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

/** The catalogue key naming a field path, by its first part; undefined for a field without a name. */
export const fieldNameKey = (path: string): StaffMessageKey | undefined => FIELD_NAMES[path.split('.')[0]!]
