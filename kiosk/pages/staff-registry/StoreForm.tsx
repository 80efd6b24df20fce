import { useState } from 'preact/hooks'
import type { AdminStore } from '../../../shared/api-types.ts'
import { storeCreateSchema, storePatchSchema } from '../../../shared/registry-schemas.ts'
import { createStore, patchStore } from '../../api/registry.ts'
import { ApiProblem } from '../../components/staff/ApiProblem.tsx'
import { useAction, validated } from '../../state/staff-action.ts'
import { useLocale } from '../../state/staff-locale.ts'
import { FormButtons } from './FormButtons.tsx'

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
  const action = useAction(onSaved)

  function submit(e: Event) {
    e.preventDefault()
    const { code, ...patch } = values
    void action.run(() =>
      store ? patchStore(code, validated(storePatchSchema, patch)) : createStore(validated(storeCreateSchema, values)),
    )
  }

  return (
    <form class="store-form" onSubmit={submit}>
      {!store && (
        <>
          <label for="store-code">{t('stores.code')}</label>
          <input id="store-code" value={values.code} onInput={(e) => setValues({ ...values, code: e.currentTarget.value })} />
        </>
      )}
      {TEXT_FIELDS.map(([name, label]) => (
        <div key={name}>
          <label for={`store-${name}`}>{t(label)}</label>
          <input id={`store-${name}`} value={values[name]} onInput={(e) => setValues({ ...values, [name]: e.currentTarget.value })} />
        </div>
      ))}
      <label class="inline">
        <input type="checkbox" checked={values.active} onChange={(e) => setValues({ ...values, active: e.currentTarget.checked })} />{' '}
        {t('stores.active')}
      </label>
      <ApiProblem error={action.error} codes={{ conflict: 'stores.error.exists', forbidden: 'stores.error.forbidden' }} />
      <FormButtons submit={t('stores.save')} busy={action.busy} onCancel={onCancel} />
    </form>
  )
}
