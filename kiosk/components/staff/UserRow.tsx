import type { StaffUser } from '../../../shared/api-types.ts'
import { changeUser } from '../../api/staff.ts'
import { useAction } from '../../state/staff-action.ts'
import { useLocale } from '../../state/staff-locale.ts'
import { ApiProblem } from './ApiProblem.tsx'
import { formatDate } from './format.ts'
import { PasswordForm } from './PasswordForm.tsx'
import { UserRoleForm } from './UserRoleForm.tsx'

interface Props {
  account: StaffUser
  /** The admin looking at the list may not disable their own account. */
  self: boolean
  onDone(): void
}

export function UserRow({ account, self, onDone }: Props) {
  const { t, locale } = useLocale()
  const action = useAction(onDone)
  const scope = [...account.districts, ...account.stores].join('、') || '—'
  return (
    <tr data-user={account.username} class={account.disabled ? 'disabled' : undefined}>
      <th scope="row">{account.username}</th>
      <td>{t(`role.${account.role}`)}</td>
      <td>{scope}</td>
      <td>{account.disabled ? t('users.disabled') : t('users.active')}</td>
      <td>{formatDate(account.createdAt, locale)}</td>
      <td>
        {!self && (
          <button type="button" disabled={action.busy}
            onClick={() => void action.run(() => changeUser(account.username, { disabled: !account.disabled }))}>
            {account.disabled ? t('users.enable') : t('users.disable')}
          </button>
        )}
        <ApiProblem error={action.error} />
        <PasswordForm username={account.username} onDone={onDone} />
        {!self && <UserRoleForm account={account} onDone={onDone} />}
      </td>
    </tr>
  )
}
