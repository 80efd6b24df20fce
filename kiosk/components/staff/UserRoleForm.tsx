import { useState } from 'preact/hooks'
import type { StaffUser } from '../../../shared/api-types.ts'
import { ROLES, type Role } from '../../../shared/enums.ts'
import { userUpdateSchema } from '../../../shared/staff-schemas.ts'
import { changeUser } from '../../api/staff.ts'
import { useAction, validated } from '../../state/staff-action.ts'
import { useLocale } from '../../state/staff-locale.ts'
import { ApiProblem } from './ApiProblem.tsx'
import { readScope, ScopeFields } from './ScopeFields.tsx'

interface Props {
  account: StaffUser
  onDone(): void
}

/** Changes an account's role and, for a supervisor, the area they look after. */
export function UserRoleForm({ account, onDone }: Props) {
  const { t } = useLocale()
  const [role, setRole] = useState<Role>(account.role)
  const action = useAction(onDone)
  const id = `role-${account.username}`

  function submit(e: Event) {
    e.preventDefault()
    const scope = role === 'supervisor' ? readScope(new FormData(e.currentTarget as HTMLFormElement)) : { districts: [], stores: [] }
    void action.run(() => changeUser(account.username, validated(userUpdateSchema, { role, ...scope })))
  }

  return (
    <details class="edit-role">
      <summary>{t('users.edit_role')}</summary>
      <form onSubmit={submit}>
        <label for={id}>{t('users.role')}</label>
        <select id={id} value={role} onChange={(e) => setRole(e.currentTarget.value as Role)}>
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {t(`role.${r}`)}
            </option>
          ))}
        </select>
        {role === 'supervisor' && <ScopeFields idPrefix={id} districts={account.districts} stores={account.stores} />}
        <button type="submit" disabled={action.busy}>
          {t('settings.save')}
        </button>
        <ApiProblem error={action.error} />
      </form>
    </details>
  )
}
