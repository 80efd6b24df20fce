import { useState } from 'preact/hooks'
import type { SessionUser } from '../../../shared/api-types.ts'
import { ApiFailure } from '../../api/client.ts'
import { login } from '../../api/staff.ts'
import { useLocale } from '../../state/staff-locale.ts'

interface Props {
  onLogin(user: SessionUser): void
}

export function LoginPage({ onLogin }: Props) {
  const { t } = useLocale()
  const [username, setUsername] = useState('')
  const [password, setPassword] = useState('')
  const [problem, setProblem] = useState<string | null>(null)

  async function submit(e: Event) {
    e.preventDefault()
    try {
      onLogin((await login(username, password)).user)
    } catch (err) {
      setProblem(t(err instanceof ApiFailure && err.status === 401 ? 'login.failed' : 'error.generic'))
    }
  }

  return (
    <form class="login" onSubmit={submit}>
      <h1>{t('login.title')}</h1>
      <label for="username">{t('login.username')}</label>
      <input id="username" autocomplete="username" value={username} onInput={(e) => setUsername(e.currentTarget.value)} />
      <label for="password">{t('login.password')}</label>
      <input
        id="password"
        type="password"
        autocomplete="current-password"
        value={password}
        onInput={(e) => setPassword(e.currentTarget.value)}
      />
      {problem && <p role="alert">{problem}</p>}
      <button type="submit" class="primary">
        {t('login.submit')}
      </button>
    </form>
  )
}
