// The store page a poster's QR code opens (/s/:code), and the answer to its
// form posted without scripts (server/buyer-pages/send-form.ts).
import type { BuyerPageData, FormEcho } from '../../shared/buyer-page-data.ts'
import { chinaDate } from '../../shared/china-time.ts'
import type { FeedbackKind } from '../../shared/enums.ts'
import type { RatingScore } from '../../shared/rating-schemas.ts'
import type { FeedbackForm } from '../../shared/feedback-form.ts'
import { newFeedbackId } from '../../shared/receipt.ts'
import { listAllCategories, listCategories } from '../db/queries/categories.ts'
import { getFeedbackByReceipt } from '../db/queries/feedback.ts'
import { getStore, type Store } from '../db/queries/stores.ts'
import type { AppDeps } from '../deps.ts'
import { countPosterScan } from '../stores/poster-scans.ts'
import { hotline, publicStore } from '../stores/public-store.ts'
import { sendForm, type HooksFor, type RenderedPage } from './send-form.ts'

interface Opened {
  kind?: FeedbackKind | undefined
  /** The poster version from the URL, counted as a scan. */
  poster?: string | undefined
  /** Who opened it, for counting a scan once per address (never stored as such). */
  address?: string | undefined
  echo?: FormEcho
  formId?: string
  rated?: RatingScore | undefined
  /** The receipt the page showed before the buyer went on to tracking. */
  receipt?: string | undefined
}

/** Unknown store: 404; no longer licensed: 410, shown without a form (the page points to /report). */
export async function storePage(deps: AppDeps, code: string, opened: Opened = {}): Promise<RenderedPage> {
  const store = await getStore(deps.db, code)
  if (!store) return { status: 404, data: { page: 'store_missing', hotline: await hotline(deps.db) } }
  if (opened.receipt) {
    const shown = await receiptPage(deps, store, opened.receipt)
    if (shown) return shown
  }
  const today = chinaDate(deps.clock.now())
  await countPosterScan(deps, opened.address ?? '', store.code, opened.poster, today)
  const data: BuyerPageData = {
    page: 'store',
    store: await publicStore(deps.db, store, today),
    categories: await listCategories(deps.db),
    formId: opened.formId ?? newFeedbackId(),
    kind: opened.echo?.kind ?? opened.kind ?? 'complaint',
    ...(opened.echo && { echo: opened.echo }),
    ...(opened.rated && { rated: opened.rated }),
  }
  return { status: opened.echo ? 400 : store.active ? 200 : 410, data, title: store.name }
}

/** The receipt page again (Back from tracking), for a receipt of this store only. */
async function receiptPage(deps: AppDeps, store: Store, receipt: string): Promise<RenderedPage | undefined> {
  const stored = await getFeedbackByReceipt(deps.db, receipt)
  if (!stored || stored.storeCode !== store.code) return undefined
  const category = (await listAllCategories(deps.db)).find((c) => c.id === stored.categoryId)
  if (!category) return undefined
  const { active: _active, ...shown } = category
  return {
    status: 200,
    data: { page: 'receipt', storeCode: store.code, storeName: store.name, delivered: { receipt, dueAt: stored.dueAt, category: shown } },
    title: store.name,
  }
}

export async function postStoreForm(deps: AppDeps, code: string, form: FeedbackForm, hooksFor: HooksFor): Promise<RenderedPage> {
  const store = await getStore(deps.db, code)
  if (!store || !store.active) return storePage(deps, code)
  return sendForm(
    deps,
    { storeCode: store.code, storeName: store.name, channel: 'qr', again: (echo, formId) => storePage(deps, code, { echo, formId }) },
    form,
    hooksFor,
  )
}
