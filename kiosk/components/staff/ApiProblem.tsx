import { ApiFailure } from '../../api/client.ts'
import { useLocale } from '../../state/staff-locale.ts'
import { errorKey } from './error-key.ts'

interface Props {
  error: unknown
}

/** What went wrong with a request, in words, next to the thing that asked. */
export function ApiProblem({ error }: Props) {
  const { t } = useLocale()
  if (!error) return null
  const fields = error instanceof ApiFailure ? Object.entries(error.fields) : []
  return (
    <div class="problem" role="alert">
      <p>{t(errorKey(error))}</p>
      {fields.length > 0 && (
        <ul>
          {fields.map(([field, code]) => (
            <li key={field}>
              <code>{field}</code>: {t(`field.${code}`)}
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
