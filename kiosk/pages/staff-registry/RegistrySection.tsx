import { Link } from '../../components/staff/Link.tsx'
import { useLocale } from '../../state/staff-locale.ts'
import { FleetPage } from './FleetPage.tsx'
import { ImportPage } from './ImportPage.tsx'
import { NoticesPage } from './NoticesPage.tsx'
import { PostersPage } from './PostersPage.tsx'
import { SilentPostersPage } from './SilentPostersPage.tsx'
import { StoresAdminPage } from './StoresAdminPage.tsx'

// The registry's pages (stores, import, notices, posters, silent posters)
// share one navigation entry; each has its own URL, /staff/registry/<tab>.
const TABS = {
  stores: { label: 'registry.nav.stores', Page: StoresAdminPage },
  import: { label: 'registry.nav.import', Page: ImportPage },
  notices: { label: 'registry.nav.notices', Page: NoticesPage },
  posters: { label: 'registry.nav.posters', Page: PostersPage },
  silent: { label: 'registry.nav.silent', Page: SilentPostersPage },
  fleet: { label: 'registry.nav.fleet', Page: FleetPage },
} as const
type Tab = keyof typeof TABS

interface Props {
  tab?: string | undefined
}

export function RegistrySection({ tab }: Props) {
  const { t } = useLocale()
  const open: Tab = tab && tab in TABS ? (tab as Tab) : 'stores'
  const { Page } = TABS[open]
  return (
    <>
      <nav class="registry-tabs" aria-label={t('registry.nav.section')}>
        {Object.entries(TABS).map(([id, { label }]) => (
          <Link key={id} href={`/staff/registry/${id}`} current={open === id}>
            {t(label)}
          </Link>
        ))}
      </nav>
      <Page />
    </>
  )
}
