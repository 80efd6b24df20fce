// The chosen language, remembered on the device. Pages read t() from context
// so a test can render them in either language.
import { createContext, type ComponentChildren } from 'preact'
import { useContext, useMemo, useState } from 'preact/hooks'
import { LOCALE_COOKIE } from '../../shared/buyer-page-data.ts'
import { DEFAULT_LOCALE, translator, type Catalogue, type Locale, type Messages, type Translate } from '../../shared/i18n/translate.ts'

const STORAGE_KEY = 'sv.locale'

export interface LocaleState<M extends Messages> {
  locale: Locale
  t: Translate<M>
  toggle(): void
}

function storedLocale(): Locale {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : DEFAULT_LOCALE
  } catch {
    // Storage can be disabled (private modes, some in-app browsers).
    return DEFAULT_LOCALE
  }
}

export function createLocaleContext<M extends Messages>(catalogue: Catalogue<M>) {
  const Context = createContext<LocaleState<M> | null>(null)

  /** `initial`: the language a server-rendered page was rendered in, which hydration must keep. */
  function LocaleProvider({ children, initial }: { children?: ComponentChildren; initial?: Locale | undefined }) {
    const [locale, setLocale] = useState<Locale>(initial ?? storedLocale)
    const value = useMemo<LocaleState<M>>(
      () => ({
        locale,
        t: translator(catalogue, locale),
        toggle() {
          const next: Locale = locale === 'en' ? 'zh-CN' : 'en'
          try {
            localStorage.setItem(STORAGE_KEY, next)
          } catch {
            // Not remembered; still switched for this visit.
          }
          // Also as a cookie: the server renders the buyer's pages in it.
          document.cookie = `${LOCALE_COOKIE}=${next}; path=/; max-age=31536000; SameSite=Lax`
          document.documentElement.lang = next
          setLocale(next)
        },
      }),
      [locale],
    )
    return <Context.Provider value={value}>{children}</Context.Provider>
  }

  function useLocale(): LocaleState<M> {
    const value = useContext(Context)
    if (!value) throw new Error('useLocale outside LocaleProvider')
    return value
  }

  return { LocaleProvider, useLocale }
}
