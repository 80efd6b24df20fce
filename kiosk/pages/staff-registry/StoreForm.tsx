import { useState } from 'preact/hooks'
import type { FieldError } from '../../../shared/api-error.ts'
import type { AdminStore } from '../../../shared/api-types.ts'
import { storeCreateSchema, storePatchSchema } from '../../../shared/registry-schemas.ts'
import { parseWith } from '../../../shared/schemas.ts'
import { ApiFailure } from '../../api/client.ts'
import { createStore, patchStore } from '../../api/registry.ts'
import { useLocale } from '../../state/staff-locale.ts'

interface Props {
  /** null to add a store. */
  store: AdminStore | null
  onSaved(): void
  onCancel(): void
}

const TEXT_FIELDS = [
  ['name', 'stores.name'],
  ['district', 'stores.district'],
  ['address', 'stores.address'],
  ['supervisorName', 'stores.supervisor'],
  ['supervisorPhone', 'stores.supervisor_phone'],
] as const

/** One store's fields, checked with the same schema as the server before sending. */
export function StoreForm({ store, onSaved, onCancel }: Props) {
  const { t } = useLocale()
  const [values, setValues] = useState({
    code: store?.code ?? '',
    name: store?.name ?? '',
    district: store?.district ?? '',
    address: store?.address ?? '',
    supervisorName: store?.supervisorName ?? '',
    supervisorPhone: store?.supervisorPhone ?? '',
    active: store?.active ?? true,
  })
  const [fields, setFields] = useState<Record<string, FieldError>>({})
  const [problem, setProblem] = useState<string | null>(null)

  async function submit(e: Event) {
    e.preventDefault()
    const { code, ...patch } = values
    const checked = store ? parseWith(storePatchSchema, patch) : parseWith(storeCreateSchema, values)
    if (!checked.ok) return setFields(checked.fields)
    try {
      if (store) await patchStore(code, patch)
      else await createStore(values)
      onSaved()
    } catch (err) {
      if (err instanceof ApiFailure) setFields(err.fields)
      setProblem(t('error.generic'))
    }
  }

  const error = (name: string) => fields[name] && <small role="alert">{t(`field.${fields[name]}`)}</small>

  return (
    <form class="store-form" onSubmit={submit}>
      {!store && (
        <>
          <label for="store-code">{t('stores.code')}</label>
          <input id="store-code" value={values.code} onInput={(e) => setValues({ ...values, code: e.currentTarget.value })} />
          {error('code')}
        </>
      )}
      {TEXT_FIELDS.map(([name, label]) => (
        <div key={name}>
          <label for={`store-${name}`}>{t(label)}</label>
          <input id={`store-${name}`} value={values[name]} onInput={(e) => setValues({ ...values, [name]: e.currentTarget.value })} />
          {error(name)}
        </div>
      ))}
      <label class="inline">
        <input type="checkbox" checked={values.active} onChange={(e) => setValues({ ...values, active: e.currentTarget.checked })} />{' '}
        {t('stores.active')}
      </label>
      {problem && <p role="alert">{problem}</p>}
      <p>
        <button type="submit" class="primary">
          {t('stores.save')}
        </button>{' '}
        <button type="button" onClick={onCancel}>
          {t('stores.cancel')}
        </button>
      </p>
    </form>
  )
}
