import { ApiFailure } from '../../api/client.ts'
import { useLocale } from '../../state/staff-locale.ts'
import { errorKey, type ErrorKeys } from './error-key.ts'
import { fieldNameKey } from './field-names.ts'

interface Props {
  error: unknown
  /** Words for codes this request means in its own way (a 409 on adding a store: the code exists). */
  codes?: ErrorKeys
  /** Names a field path the table below does not know (an import's `column.district`). */
  fieldName?(path: string): string
}

/** What went wrong with a request, in words, next to the thing that asked. */
export function ApiProblem({ error, codes, fieldName }: Props) {
  const { t } = useLocale()
  if (!error) return null
  const fields = error instanceof ApiFailure ? Object.entries(error.fields) : []
  const name = (path: string) => {
    const key = fieldNameKey(path)
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
