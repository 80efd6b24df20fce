import { useState } from 'preact/hooks'
import { useLocale } from '../../state/staff-locale.ts'
import { FleetPage } from './FleetPage.tsx'
import { ImportPage } from './ImportPage.tsx'
import { NoticesPage } from './NoticesPage.tsx'
import { PostersPage } from './PostersPage.tsx'
import { SilentPostersPage } from './SilentPostersPage.tsx'
import { StoresAdminPage } from './StoresAdminPage.tsx'

// Until the console has its router, the registry pages hang off one row of
// tabs; each page stands alone, so the router can mount them directly.
const PAGES = {
  stores: { label: 'registry.nav.stores', Page: StoresAdminPage },
  import: { label: 'registry.nav.import', Page: ImportPage },
  notices: { label: 'registry.nav.notices', Page: NoticesPage },
  posters: { label: 'registry.nav.posters', Page: PostersPage },
  silent: { label: 'registry.nav.silent', Page: SilentPostersPage },
  fleet: { label: 'registry.nav.fleet', Page: FleetPage },
} as const

export function RegistrySection() {
  const { t } = useLocale()
  const [open, setOpen] = useState<keyof typeof PAGES | null>(null)
  const Open = open && PAGES[open].Page
  return (
    <>
      <nav class="registry-tabs">
        {Object.entries(PAGES).map(([id, { label }]) => (
          <button key={id} type="button" aria-pressed={open === id} onClick={() => setOpen(id as keyof typeof PAGES)}>
            {t(label)}
          </button>
        ))}
      </nav>
      {Open && <Open />}
    </>
  )
}
