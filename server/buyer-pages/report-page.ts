// The centre-wide entry (/report) rendered on the server: a store is found
// by a plain GET search (?q=&district=&page=), picked by a link (?store=), or
// left out (?store=none); the form then posts to the same URL.
import type { BuyerPageData, FormEcho, PickedStore } from '../../shared/buyer-page-data.ts'
import type { FeedbackForm, ReportPageQuery } from '../../shared/feedback-form.ts'
import { newFeedbackId } from '../../shared/receipt.ts'
import { listAllCategories, listCategories } from '../db/queries/categories.ts'
import { getFeedbackByReceipt } from '../db/queries/feedback.ts'
import { getStore } from '../db/queries/stores.ts'
import type { AppDeps } from '../deps.ts'
import { storeDirectory } from '../stores/store-directory.ts'
import { sendForm, type HooksFor, type RenderedPage } from './send-form.ts'

const NO_STORE = 'none'

/** The store a URL's ?store= names, when it is one a buyer may report on. */
async function pickedStore(deps: AppDeps, store: string | undefined): Promise<PickedStore | null> {
  if (!store) return null
  if (store === NO_STORE) return 'none'
  const found = await getStore(deps.db, store)
  return found?.active ? { code: found.code, name: found.name } : null
}

export async function reportPage(deps: AppDeps, query: ReportPageQuery, form?: { echo: FormEcho; formId: string }): Promise<RenderedPage> {
  if (query.receipt && !form) {
    const shown = await receiptAgain(deps, query.receipt)
    if (shown) return shown
  }
  const picked = await pickedStore(deps, query.store)
  const search = { q: query.q ?? '', district: query.district ?? '', page: query.page ?? 1 }
  const data: BuyerPageData = {
    page: 'report',
    search,
    found: picked ? null : await storeDirectory(deps.db, search),
    picked,
    categories: await listCategories(deps.db),
    formId: form?.formId ?? newFeedbackId(),
    kind: form?.echo.kind ?? query.kind ?? 'complaint',
    ...(form && { echo: form.echo }),
  }
  return { status: form ? 400 : 200, data }
}

export async function postReportForm(deps: AppDeps, query: ReportPageQuery, form: FeedbackForm, hooksFor: HooksFor): Promise<RenderedPage> {
  const picked = await pickedStore(deps, query.store)
  // A form posted for no store and without "no store" chosen: the picker again.
  if (!picked) return reportPage(deps, query)
  const store = picked === 'none' ? null : picked
  return sendForm(
    deps,
    {
      storeCode: store?.code ?? null,
      storeName: store?.name ?? null,
      channel: 'web',
      again: (echo, formId) => reportPage(deps, query, { echo, formId }),
    },
    form,
    hooksFor,
  )
}

/** The receipt page again (Back from tracking). */
async function receiptAgain(deps: AppDeps, receipt: string): Promise<RenderedPage | undefined> {
  const stored = await getFeedbackByReceipt(deps.db, receipt)
  if (!stored || stored.channel !== 'web') return undefined
  const category = (await listAllCategories(deps.db)).find((c) => c.id === stored.categoryId)
  if (!category) return undefined
  const { active: _active, ...shown } = category
  const store = stored.storeCode ? await getStore(deps.db, stored.storeCode) : undefined
  return {
    status: 200,
    data: {
      page: 'receipt',
      storeCode: store?.code ?? null,
      storeName: store?.name ?? null,
      delivered: { receipt, dueAt: stored.dueAt, category: shown },
    },
  }
}
