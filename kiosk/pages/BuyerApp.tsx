// The buyer's pages by path, rendered the same on the server (from the page
// data it inlines) and in the browser, which hydrates that markup.
import type { BuyerPageData } from '../../shared/buyer-page-data.ts'
import type { Locale } from '../../shared/i18n/translate.ts'
import { LangSwitch } from '../components/LangSwitch.tsx'
import { OfflineNotice } from '../components/OfflineNotice.tsx'
import { LazyPage } from '../components/LazyPage.tsx'
import { ReceiptView } from '../components/ReceiptView.tsx'
import { useLocale } from '../state/buyer-locale.ts'
import { HomePage } from './HomePage.tsx'
import { reportChunk, trackChunk } from './page-chunks.ts'
import { PageProblem } from './PageProblem.tsx'
import { StoreMissing } from './StoreMissing.tsx'
import { StorePage } from './StorePage.tsx'

interface Props {
  path: string
  /** The page's query string (`?…` or empty), which the language switch keeps. */
  search: string
  data: BuyerPageData | null
}

/**
 * The page itself in another language. A receipt a form was answered with
 * is asked for by its code (`?receipt=`), which /s/<code> and /report render again.
 */
function inLanguage(path: string, search: string, lang: Locale, data: BuyerPageData | null): string {
  const query = new URLSearchParams(search)
  if (data?.page === 'receipt') query.set('receipt', data.delivered.receipt)
  query.set('lang', lang)
  return `${path}?${query.toString()}`
}

function route(path: string, data: BuyerPageData | null) {
  if (data?.page === 'store_missing') return <StoreMissing hotline={data.hotline} />
  if (data?.page === 'problem') return <PageProblem reason={data.reason} storeCode={data.storeCode} />
  if (data?.page === 'receipt') return <ReceiptView delivered={data.delivered} storeCode={data.storeCode} />
  if (data?.page === 'track') return <LazyPage chunk={trackChunk} props={{ receipt: data.receipt, initial: data }} />
  if (data?.page === 'report') return <LazyPage chunk={reportChunk} props={{ initial: data }} />
  const store = /^\/s\/([^/]+)\/?$/.exec(path)
  if (store) return <StorePage code={decodeURIComponent(store[1]!)} initial={data?.page === 'store' ? data : undefined} />
  const track = /^\/track(?:\/([^/]+))?\/?$/.exec(path)
  if (track) {
    const receipt = track[1] ? decodeURIComponent(track[1]) : null
    return <LazyPage chunk={trackChunk} props={{ receipt }} />
  }
  if (path === '/report') return <LazyPage chunk={reportChunk} props={{}} />
  return <HomePage />
}

export function BuyerApp({ path, search, data }: Props) {
  const { t, locale, toggle } = useLocale()
  const other: Locale = locale === 'en' ? 'zh-CN' : 'en'
  return (
    <>
      <nav class="top" aria-label={t('app.name')}>
        <LangSwitch label={t('lang.switch')} onToggle={toggle} link={{ href: inLanguage(path, search, other, data), lang: other }} />
      </nav>
      <main>
        <OfflineNotice />
        {route(path, data)}
      </main>
    </>
  )
}
