import { useState } from 'preact/hooks'
import { ROLES, type Role } from '../../../shared/enums.ts'
import { createUser } from '../../api/staff.ts'
import { userCreateSchema } from '../../../shared/staff-schemas.ts'
import { useAction, validated } from '../../state/staff-action.ts'
import { useLoad } from '../../state/staff-load.ts'
import { useLocale } from '../../state/staff-locale.ts'
import { loadLookups } from '../../state/staff-lookups.ts'
import { ApiProblem } from './ApiProblem.tsx'

interface Props {
  onDone(): void
}

const codes = (text: string) => text.split(/[\s,，]+/).filter(Boolean)

/** A new console account; districts and stores only matter for supervisors. */
export function UserCreateForm({ onDone }: Props) {
  const { t } = useLocale()
  const districts = useLoad(loadLookups, []).data?.districts ?? []
  const [role, setRole] = useState<Role>('supervisor')
  const [formKey, setFormKey] = useState(0)
  const action = useAction(() => {
    setFormKey((k) => k + 1)
    onDone()
  })

  function submit(e: Event) {
    e.preventDefault()
    const form = new FormData(e.currentTarget as HTMLFormElement)
    void action.run(() =>
      createUser(validated(userCreateSchema, {
        username: String(form.get('username')).trim(),
        password: String(form.get('password')),
        role,
        ...(role === 'supervisor' && { districts: form.getAll('districts').map(String), stores: codes(String(form.get('stores') ?? '')) }),
      })),
    )
  }

  return (
    <form class="action user-create" onSubmit={submit} key={formKey}>
      <h2>{t('users.create')}</h2>
      <label for="new-username">{t('login.username')}</label>
      <input id="new-username" name="username" required autocomplete="off" />
      <label for="new-password">{t('users.password')}</label>
      <input id="new-password" name="password" type="password" required autocomplete="new-password" />
      <label for="new-role">{t('users.role')}</label>
      <select id="new-role" value={role} onChange={(e) => setRole(e.currentTarget.value as Role)}>
        {ROLES.map((r) => (
          <option key={r} value={r}>
            {t(`role.${r}`)}
          </option>
        ))}
      </select>
      {role === 'supervisor' && (
        <>
          <fieldset class="districts">
            <legend>{t('users.districts')}</legend>
            {districts.map((d) => (
              <label class="check" key={d}>
                <input type="checkbox" name="districts" value={d} /> {d}
              </label>
            ))}
          </fieldset>
          <label for="new-stores">{t('users.stores')}</label>
          <input id="new-stores" name="stores" aria-describedby="new-stores-hint" />
          <p class="hint" id="new-stores-hint">{t('users.stores_hint')}</p>
        </>
      )}
      <button type="submit" class="primary" disabled={action.busy}>
        {t('users.create')}
      </button>
      <ApiProblem error={action.error} />
    </form>
  )
}
