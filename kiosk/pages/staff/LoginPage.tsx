import { useState } from 'preact/hooks'
import { ApiFailure } from '../../api/client.ts'
import { login } from '../../api/staff.ts'
import { useLocale } from '../../state/staff-locale.ts'
import { useSession } from '../../state/staff-session.tsx'

export function LoginPage() {
  const { t } = useLocale()
  const { expired, loggedIn } = useSession()
  const [username, setUsername] = useState('')
  const [password, setPassword] = useState('')
  const [problem, setProblem] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  async function submit(e: Event) {
    e.preventDefault()
    setBusy(true)
    try {
      loggedIn(await login(username, password))
    } catch (err) {
      const code = err instanceof ApiFailure ? err.code : null
      setProblem(t(code === 'invalid_credentials' ? 'login.failed' : code === 'rate_limited' ? 'login.throttled' : 'error.generic'))
    } finally {
      setBusy(false)
    }
  }

  return (
    <form class="login" onSubmit={submit}>
      <h1>{t('login.title')}</h1>
      {expired && !problem && (
        <p class="warning" role="status">
          {t('login.expired')}
        </p>
      )}
      <label for="username">{t('login.username')}</label>
      <input id="username" autocomplete="username" required value={username} onInput={(e) => setUsername(e.currentTarget.value)} />
      <label for="password">{t('login.password')}</label>
      <input
        id="password"
        type="password"
        autocomplete="current-password"
        required
        value={password}
        onInput={(e) => setPassword(e.currentTarget.value)}
      />
      {problem && <p role="alert" class="form-error">{problem}</p>}
      <button type="submit" class="primary" disabled={busy}>
        {t('login.submit')}
      </button>
    </form>
  )
}
