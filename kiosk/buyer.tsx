// The buyer's entry: the store page from a poster QR, the centre-wide report
// page, and tracking. Kept free of kiosk and staff code for its size budget.
import { render } from 'preact'
import { LangSwitch } from './components/LangSwitch.tsx'
import { OfflineNotice } from './components/OfflineNotice.tsx'
import { HomePage } from './pages/HomePage.tsx'
import { ReportPage } from './pages/ReportPage.tsx'
import { StorePage } from './pages/StorePage.tsx'
import { TrackPage } from './pages/TrackPage.tsx'
import { LocaleProvider, useLocale } from './state/buyer-locale.ts'
import { buyerOutbox } from './state/buyer-outbox.ts'
import { registerServiceWorker } from './sw-register.ts'
import './styles.css'

function route(path: string) {
  const store = /^\/s\/([^/]+)\/?$/.exec(path)
  if (store) return <StorePage code={decodeURIComponent(store[1]!)} />
  const track = /^\/track(?:\/([^/]+))?\/?$/.exec(path)
  if (track) return <TrackPage receipt={track[1] ? decodeURIComponent(track[1]) : null} />
  if (path === '/report') return <ReportPage />
  return <HomePage />
}

function Shell() {
  const { t, toggle } = useLocale()
  return (
    <>
      <nav class="top" aria-label={t('app.name')}>
        <LangSwitch label={t('lang.switch')} onToggle={toggle} />
      </nav>
      <main>
        <OfflineNotice />
        {route(location.pathname)}
      </main>
    </>
  )
}

registerServiceWorker()
// Anything a previous visit could not deliver goes out now.
buyerOutbox.start()

render(
  <LocaleProvider>
    <Shell />
  </LocaleProvider>,
  document.getElementById('app')!,
)
