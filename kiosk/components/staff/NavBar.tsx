import type { SessionUser } from '../../../shared/api-types.ts'
import type { StaffRoute } from '../../pages/staff/routes.tsx'
import { useLocale } from '../../state/staff-locale.ts'
import { LangSwitch } from '../LangSwitch.tsx'
import { Link } from './Link.tsx'

interface Props {
  routes: readonly StaffRoute[]
  current: StaffRoute | null
  user: SessionUser | null
  onLogout(): void
}

/** The console's header: the pages this role may use, who is logged in, language. */
export function NavBar({ routes, current, user, onLogout }: Props) {
  const { t, toggle } = useLocale()
  const visible = user ? routes.filter((r) => r.nav && r.roles.includes(user.role)) : []
  // A detail page (/staff/cases/:id) lights up its section's entry (/staff/cases).
  const section = current?.path.split('/').slice(0, 3).join('/')
  return (
    <header class="console-header">
      <strong class="brand">{t('staff.title')}</strong>
      {visible.length > 0 && (
        <nav aria-label={t('nav.label')}>
          <ul>
            {visible.map((r) => (
              <li key={r.path}>
                <Link href={r.path} current={r.path === section}>
                  {t(r.title)}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      )}
      {user && (
        <span class="who">
          {user.username} · {t(`role.${user.role}`)}{' '}
          <button type="button" onClick={onLogout}>
            {t('logout')}
          </button>
        </span>
      )}
      <LangSwitch label={t('lang.switch')} onToggle={toggle} />
    </header>
  )
}
