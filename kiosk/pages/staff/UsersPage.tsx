import { listUsers } from '../../api/staff.ts'
import { Pending } from '../../components/staff/Pending.tsx'
import { UserCreateForm } from '../../components/staff/UserCreateForm.tsx'
import { UserRow } from '../../components/staff/UserRow.tsx'
import { useLoad } from '../../state/staff-load.ts'
import { useLocale } from '../../state/staff-locale.ts'
import { useUser } from '../../state/staff-session.tsx'

/** Console accounts: who may log in, with which role and scope. */
export function UsersPage() {
  const { t } = useLocale()
  const me = useUser()
  const { data, error, reload } = useLoad(listUsers, [])
  return (
    <>
      <h1>{t('nav.users')}</h1>
      {!data ? (
        <Pending error={error} />
      ) : (
        <table class="users">
          <thead>
            <tr>
              <th scope="col">{t('login.username')}</th>
              <th scope="col">{t('users.role')}</th>
              <th scope="col">{t('users.scope')}</th>
              <th scope="col">{t('users.state')}</th>
              <th scope="col">{t('users.created')}</th>
              <th scope="col">{t('users.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {data.map((u) => (
              <UserRow key={u.username} account={u} self={u.username === me.username} onDone={reload} />
            ))}
          </tbody>
        </table>
      )}
      <UserCreateForm onDone={reload} />
    </>
  )
}
