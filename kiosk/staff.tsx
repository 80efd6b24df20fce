// The staff console's entry: the login, then the page the route table picks
// for the URL, limited to what the user's role may use.
import { render } from 'preact'
import { useEffect, useRef } from 'preact/hooks'
import { NavBar } from './components/staff/NavBar.tsx'
import { LoginPage } from './pages/staff/LoginPage.tsx'
import { STAFF_ROUTES } from './pages/staff/routes.tsx'
import { LocaleProvider, useLocale } from './state/staff-locale.ts'
import { matchRoute } from './state/staff-route-match.ts'
import { RouterProvider, useRouter } from './state/staff-router.tsx'
import { SessionProvider, useSession } from './state/staff-session.tsx'
import './styles.css'
import './staff.css'

function findRoute(path: string) {
  for (const route of STAFF_ROUTES) {
    const params = matchRoute(route.path, path)
    if (params) return { route, params }
  }
  return null
}

function Console() {
  const { t, locale } = useLocale()
  const { user, logOut } = useSession()
  const { path } = useRouter()
  const found = findRoute(path)

  // After moving to another page, focus goes to its content, so a screen
  // reader starts reading there instead of staying on the link just used.
  const main = useRef<HTMLElement>(null)
  const shownPath = useRef(path)
  useEffect(() => {
    if (shownPath.current === path) return
    shownPath.current = path
    main.current?.focus()
  }, [path])

  useEffect(() => {
    // The language remembered from an earlier visit, not only one switched to now.
    document.documentElement.lang = locale
    document.title = `${found ? t(found.route.title) : t('page.not_found')} · ${t('staff.title')}`
  }, [found?.route, t, locale])

  let content
  if (user === undefined) content = <p aria-live="polite">{t('loading')}</p>
  else if (user === null) content = <LoginPage />
  else if (!found) content = <p role="alert">{t('page.not_found')}</p>
  else if (!found.route.roles.includes(user.role)) content = <p role="alert">{t('page.forbidden')}</p>
  else content = found.route.render(found.params)

  return (
    <>
      <a class="skip" href="#main">
        {t('nav.skip')}
      </a>
      <NavBar routes={STAFF_ROUTES} current={found?.route ?? null} user={user ?? null} onLogout={() => void logOut()} />
      <main id="main" class="wide" tabIndex={-1} ref={main}>
        {content}
      </main>
    </>
  )
}

render(
  <LocaleProvider>
    <RouterProvider>
      <SessionProvider>
        <Console />
      </SessionProvider>
    </RouterProvider>
  </LocaleProvider>,
  document.getElementById('app')!,
)
