// The store tablet's entry (/kiosk): pairing, then the attract screen, the
// forms and the receipt hand-off, working offline through the outbox and the
// service worker. Its own bundle, so none of it reaches buyers' phones.
import { render } from 'preact'
import { DEFAULT_LOCALE } from '../shared/i18n/translate.ts'
import { useCallback, useEffect, useState } from 'preact/hooks'
import { LangSwitch } from './components/LangSwitch.tsx'
import { KioskStore } from './pages/kiosk/KioskStore.tsx'
import { PairScreen } from './pages/kiosk/PairScreen.tsx'
import { LocaleProvider as BuyerLocaleProvider, useLocale as useBuyerLocale } from './state/buyer-locale.ts'
import { loadDevice, saveDevice, type PairedDevice } from './state/device.ts'
import { LocaleProvider, useLocale } from './state/kiosk-locale.ts'
import { registerServiceWorker } from './sw-register.ts'
import './styles.css'
import './kiosk.css'

const DEFAULT_IDLE_SECONDS = 60

const IDLE_KEY = 'sv.kiosk.idle'

/**
 * `?idle=<seconds>` sets the idle reset for this tablet. It is kept on the
 * tablet: the installed app opens the manifest's plain /kiosk.
 */
function idleMs(): number {
  const valid = (s: number) => Number.isInteger(s) && s >= 5 && s <= 3600
  const asked = Number(new URLSearchParams(location.search).get('idle'))
  try {
    if (valid(asked)) localStorage.setItem(IDLE_KEY, String(asked))
    const kept = Number(localStorage.getItem(IDLE_KEY))
    return (valid(kept) ? kept : DEFAULT_IDLE_SECONDS) * 1000
  } catch {
    // Storage disabled: the address alone.
    return (valid(asked) ? asked : DEFAULT_IDLE_SECONDS) * 1000
  }
}

function Kiosk() {
  const { t, locale, toggle } = useLocale()
  const buyer = useBuyerLocale()
  const [device, setDevice] = useState<PairedDevice | null | undefined>(undefined)

  useEffect(() => {
    loadDevice().then((d) => setDevice(d ?? null), () => setDevice(null))
  }, [])

  // Both catalogues switch together: kiosk screens and the shared buyer components.
  const switchLanguage = useCallback(() => {
    toggle()
    buyer.toggle()
  }, [toggle, buyer])
  // The next buyer starts in Chinese.
  const reset = useCallback(() => {
    if (locale !== 'zh-CN') switchLanguage()
  }, [locale, switchLanguage])
  const revoked = useCallback(() => {
    if (device) void saveDevice({ ...device, revoked: true })
  }, [device])

  return (
    <>
      <nav class="top" aria-label={t('kiosk.title')}>
        <LangSwitch label={t('lang.switch')} onToggle={switchLanguage} />
      </nav>
      <main class="kiosk-main">
        {device === undefined ? (
          <p>{t('loading')}</p>
        ) : device === null ? (
          <PairScreen
            onPaired={(d) => {
              void saveDevice(d)
              setDevice(d)
            }}
          />
        ) : (
          <KioskStore
            key={device.token}
            device={device}
            idleMs={idleMs()}
            onRevoked={revoked}
            onRepair={() => setDevice(null)}
            onReset={reset}
          />
        )}
      </main>
    </>
  )
}

registerServiceWorker()

// A shared tablet starts every time in Chinese, whatever the last person
// picked: the choice is theirs, not the device's.
render(
  <BuyerLocaleProvider initial={DEFAULT_LOCALE}>
    <LocaleProvider initial={DEFAULT_LOCALE}>
      <Kiosk />
    </LocaleProvider>
  </BuyerLocaleProvider>,
  document.getElementById('app')!,
)
