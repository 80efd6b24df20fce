// The staff console's entry: login, then the case list and per-store counts.
import { render } from 'preact'
import { useEffect, useState } from 'preact/hooks'
import type { SessionUser } from '../shared/api-types.ts'
import { currentUser, logout } from './api/staff.ts'
import { LangSwitch } from './components/LangSwitch.tsx'
import { CaseList } from './pages/staff/CaseList.tsx'
import { LoginPage } from './pages/staff/LoginPage.tsx'
import { StoreCounts } from './pages/staff/StoreCounts.tsx'
import { RegistrySection } from './pages/staff-registry/RegistrySection.tsx'
import { LocaleProvider, useLocale } from './state/staff-locale.ts'
import './styles.css'
import './staff.css'

function Console() {
  const { t, toggle } = useLocale()
  const [user, setUser] = useState<SessionUser | null | undefined>(undefined)

  useEffect(() => {
    currentUser().then((r) => setUser(r.user), () => setUser(null))
  }, [])

  return (
    <>
      <nav class="top" aria-label={t('staff.title')}>
        <strong class="brand">{t('staff.title')}</strong>
        {user && (
          <span>
            {user.username}{' '}
            <button type="button" onClick={() => logout().finally(() => setUser(null))}>
              {t('logout')}
            </button>
          </span>
        )}
        <LangSwitch label={t('lang.switch')} onToggle={toggle} />
      </nav>
      <main class="wide">
        {user === undefined ? (
          <p>{t('loading')}</p>
        ) : user === null ? (
          <LoginPage onLogin={setUser} />
        ) : (
          <>
            <RegistrySection />
            <StoreCounts />
            {user.role !== 'viewer' && <CaseList />}
          </>
        )}
      </main>
    </>
  )
}

render(
  <LocaleProvider>
    <Console />
  </LocaleProvider>,
  document.getElementById('app')!,
)
