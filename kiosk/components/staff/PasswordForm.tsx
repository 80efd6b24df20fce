import { useState } from 'preact/hooks'
import { changeUser } from '../../api/staff.ts'
import { userUpdateSchema } from '../../../shared/staff-schemas.ts'
import { useAction, validated } from '../../state/staff-action.ts'
import { useLocale } from '../../state/staff-locale.ts'
import { ApiProblem } from './ApiProblem.tsx'

interface Props {
  username: string
  onDone(): void
}

/** Sets a new password for an account (the admin tells its owner out of band). */
export function PasswordForm({ username, onDone }: Props) {
  const { t } = useLocale()
  const [password, setPassword] = useState('')
  const [saved, setSaved] = useState(false)
  const action = useAction(() => {
    setPassword('')
    setSaved(true)
    onDone()
  })
  const id = `pw-${username}`
  return (
    <form class="inline-action" onSubmit={(e) => (e.preventDefault(), void action.run(() => changeUser(username, validated(userUpdateSchema, { password }))))}>
      <label for={id}>{t('users.new_password_for', { username })}</label>
      <input id={id} type="password" autocomplete="new-password" required value={password}
        onInput={(e) => (setSaved(false), setPassword(e.currentTarget.value))} />
      <button type="submit" disabled={action.busy || !password}>
        {t('users.set_password')}
      </button>
      {saved && <span role="status">{t('users.saved')}</span>}
      <ApiProblem error={action.error} />
    </form>
  )
}
