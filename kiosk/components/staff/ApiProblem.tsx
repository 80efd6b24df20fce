import { ApiFailure } from '../../api/client.ts'
import { useLocale, type StaffMessageKey } from '../../state/staff-locale.ts'
import { errorKey, type ErrorKeys } from './error-key.ts'
import { STORE_FIELD_LABELS } from './store-field-labels.ts'

interface Props {
  error: unknown
  /** Words for codes this request means in its own way (a 409 on adding a store: the code exists). */
  codes?: ErrorKeys
  /** Names a field path the table below does not know (an import's `column.district`). */
  fieldName?(path: string): string
}

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

/** What went wrong with a request, in words, next to the thing that asked. */
export function ApiProblem({ error, codes, fieldName }: Props) {
  const { t } = useLocale()
  if (!error) return null
  const fields = error instanceof ApiFailure ? Object.entries(error.fields) : []
  const name = (path: string) => {
    const key = FIELD_NAMES[path.split('.')[0]!]
    return key ? t(key) : (fieldName?.(path) ?? path)
  }
  return (
    <div class="problem" role="alert">
      <p>{t(errorKey(error, codes))}</p>
      {fields.length > 0 && (
        <ul>
          {fields.map(([field, code]) => (
            <li key={field}>
              {name(field)}：{t(`field.${code}`)}
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
