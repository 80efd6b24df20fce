// The store page a poster's QR code opens (/s/:code), and the answer to its
// form posted without scripts: the same checks, idempotency and limits as
// POST /api/feedback, through the same workflow (server/cases/submit-feedback.ts).
import type { BuyerPageData, FormEcho } from '../../shared/buyer-page-data.ts'
import { chinaDate } from '../../shared/china-time.ts'
import type { FeedbackKind } from '../../shared/enums.ts'
import type { RatingScore } from '../../shared/rating-schemas.ts'
import type { FeedbackInput } from '../../shared/schemas.ts'
import { feedbackFromForm, formEcho, type FeedbackForm } from '../../shared/feedback-form.ts'
import { isUuidV4, newFeedbackId } from '../../shared/receipt.ts'
import { ApiError } from '../api-error.ts'
import { submitFeedback, type SubmitHooks } from '../cases/submit-feedback.ts'
import { listAllCategories, listCategories } from '../db/queries/categories.ts'
import { getFeedbackByReceipt } from '../db/queries/feedback.ts'
import { getStore, type Store } from '../db/queries/stores.ts'
import type { AppDeps } from '../deps.ts'
import { countPosterScan } from '../stores/poster-scans.ts'
import { hotline, publicStore } from '../stores/public-store.ts'

export interface RenderedPage {
  status: 200 | 201 | 400 | 404 | 410
  data: BuyerPageData
  title?: string
}

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

export async function postStoreForm(
  deps: AppDeps,
  code: string,
  form: FeedbackForm,
  hooksFor: (input: FeedbackInput) => Promise<SubmitHooks>,
): Promise<RenderedPage> {
  const store = await getStore(deps.db, code)
  if (!store || !store.active) return storePage(deps, code)
  // The page's own id again when the form needs fixing: nothing was stored under it.
  const again = (fields: FormEcho['fields']) =>
    storePage(deps, code, { echo: formEcho(form, fields), formId: isUuidV4(form.id.toLowerCase()) ? form.id : newFeedbackId() })

  const parsed = feedbackFromForm(form, store.code, deps.clock.now().toISOString())
  if (!parsed.ok) return again(parsed.fields)
  try {
    const { accepted, created } = await submitFeedback(deps, parsed.value, await hooksFor(parsed.value))
    const category = (await listCategories(deps.db)).find((c) => c.id === parsed.value.category)!
    return {
      status: created ? 201 : 200,
      data: {
        page: 'receipt',
        storeCode: store.code,
        storeName: store.name,
        delivered: { receipt: accepted.receipt, dueAt: accepted.dueAt, category },
      },
      title: store.name,
    }
  } catch (err) {
    // A field the workflow refused (an unknown category, one of another kind) goes back to the form.
    if (err instanceof ApiError && err.status === 400 && err.fields) return again(err.fields)
    throw err
  }
}
