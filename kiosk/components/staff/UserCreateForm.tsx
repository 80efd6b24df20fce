import { useState } from 'preact/hooks'
import { ROLES, type Role } from '../../../shared/enums.ts'
import { createUser } from '../../api/staff.ts'
import { userCreateSchema } from '../../../shared/staff-schemas.ts'
import { useAction, validated } from '../../state/staff-action.ts'
import { useLocale } from '../../state/staff-locale.ts'
import { ApiProblem } from './ApiProblem.tsx'
import { readScope, ScopeFields } from './ScopeFields.tsx'

interface Props {
  onDone(): void
}

/** A new console account; districts and stores only matter for supervisors. */
export function UserCreateForm({ onDone }: Props) {
  const { t } = useLocale()
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
        ...(role === 'supervisor' && readScope(form)),
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
        <ScopeFields idPrefix="new" districts={[]} stores={[]} />
      )}
      <button type="submit" class="primary" disabled={action.busy}>
        {t('users.create')}
      </button>
      <ApiProblem error={action.error} />
    </form>
  )
}
