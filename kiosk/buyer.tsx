// The buyer's entry: the store page from a poster QR, the centre-wide report
// page, and tracking. Kept free of kiosk and staff code for its size budget.
// A page the server rendered carries its data inline: the script hydrates
// that markup instead of fetching and drawing it again.
import { hydrate, render } from 'preact'
import { BUYER_DATA_ID, type BuyerPageData } from '../shared/buyer-page-data.ts'
import { BuyerApp } from './pages/BuyerApp.tsx'
import { loadPageChunk } from './pages/page-chunks.ts'
import { LocaleProvider } from './state/buyer-locale.ts'
import { buyerOutbox } from './state/buyer-outbox.ts'
import { registerServiceWorker } from './sw-register.ts'
import './styles.css'

registerServiceWorker()
// Anything a previous visit could not deliver goes out now.
buyerOutbox.start()

const inline = document.getElementById(BUYER_DATA_ID)?.textContent
const data = inline ? (JSON.parse(inline) as BuyerPageData) : null
// Hydrated in the language the server rendered it in.
const app = (
  <LocaleProvider initial={data ? (document.documentElement.lang === 'en' ? 'en' : 'zh-CN') : undefined}>
    <BuyerApp path={location.pathname} search={location.search} data={data} />
  </LocaleProvider>
)
// A page whose component comes in its own chunk is hydrated once that chunk is here.
void loadPageChunk(data).then(
  () => {
    if (data) hydrate(app, document.getElementById('app')!)
    else render(app, document.getElementById('app')!)
    // From here the page's handlers are attached (hydration is synchronous): the
    // browser tests and the bench wait for this before using the form.
    document.documentElement.dataset.ready = ''
  },
  // The chunk did not load (a weak network): the server's page stays, working without scripts.
  () => undefined,
)
