import { ApiFailure } from '../../api/client.ts'
import { useLocale, type StaffMessageKey } from '../../state/staff-locale.ts'
import { errorKey } from './error-key.ts'

interface Props {
  error: unknown
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
}

/** What went wrong with a request, in words, next to the thing that asked. */
export function ApiProblem({ error }: Props) {
  const { t } = useLocale()
  if (!error) return null
  const fields = error instanceof ApiFailure ? Object.entries(error.fields) : []
  const name = (path: string) => {
    const key = FIELD_NAMES[path.split('.')[0]!]
    return key ? t(key) : path
  }
  return (
    <div class="problem" role="alert">
      <p>{t(errorKey(error))}</p>
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
