// The buyer pages the server renders (issue 12). They answer HTML, errors
// included: a person reads these, so a refused form or a flood limit is a
// page saying so, not the API's JSON error shape.
import { Hono, type Context } from 'hono'
import type { ContentfulStatusCode } from 'hono/utils/http-status'
import {
  feedbackFormSchema,
  ratingFormSchema,
  reportPageQuerySchema,
  storePageQuerySchema,
  trackCaseQuerySchema,
  trackPageQuerySchema,
} from '../../shared/feedback-form.ts'
import type { Locale } from '../../shared/i18n/translate.ts'
import { confirmFormSchema, confirmFromForm } from '../../shared/confirm-schema.ts'
import { normalizeReceipt } from '../../shared/receipt.ts'
import { receiptParamSchema, trackMessageSchema } from '../../shared/schemas.ts'
import { storeCodeParamSchema } from '../../shared/registry-schemas.ts'
import { ApiError } from '../api-error.ts'
import { FrontEndNotBuilt, renderBuyerPage } from '../buyer-pages/render-page.ts'
import { pageLocale } from '../buyer-pages/page-locale.ts'
import { postReportForm, reportPage } from '../buyer-pages/report-page.ts'
import { trackPage } from '../buyer-pages/track-page.ts'
import { clientAddress } from '../client-info.ts'
import type { RenderedPage } from '../buyer-pages/send-form.ts'
import { sendRating } from '../buyer-pages/send-rating.ts'
import { postStoreForm, storePage } from '../buyer-pages/store-page.ts'
import type { AppDeps, AppEnv } from '../deps.ts'
import { formBody } from '../middleware/form-body.ts'
import { pathParams } from '../middleware/path-params.ts'
import { queryParams } from '../middleware/query-params.ts'
import { feedbackSenderLimit, floodHooks, isRepeatRating, ratingSenderLimit, trackLimit } from '../middleware/rate-limits.ts'
import { confirmFix } from '../cases/confirm-fix.ts'
import { addFollowUp } from '../track/add-follow-up.ts'

export function buyerPageRoutes(deps: AppDeps) {
  const app = new Hono<AppEnv>()
  const answer = async (c: Context<AppEnv>, page: RenderedPage, status: ContentfulStatusCode = page.status, lang?: Locale) => {
    c.header('Cache-Control', 'no-cache')
    return c.html(await renderBuyerPage(deps.staticDir, c.req.path, new URL(c.req.url).search, page.data, pageLocale(c, lang), page.title), status)
  }

  app.get('/s/:code', pathParams(storeCodeParamSchema), queryParams(storePageQuerySchema), async (c) => {
    const { v, kind, rated, receipt, lang } = c.req.valid('query')
    const page = await storePage(deps, c.req.valid('param').code, { poster: v, address: clientAddress(c, deps.config), kind, rated, receipt })
    return answer(c, page, page.status, lang)
  })

  app.post('/s/:code', feedbackSenderLimit(deps), pathParams(storeCodeParamSchema), formBody(feedbackFormSchema), async (c) => {
    return answer(c, await postStoreForm(deps, c.req.valid('param').code, c.req.valid('form'), (input) => floodHooks(deps, input)))
  })

  // The centre-wide entry: search, pick a store or none, and the form, all
  // without scripts; the form posts to the page's own URL (?store= kept).
  app.get('/report', queryParams(reportPageQuerySchema), async (c) => {
    const query = c.req.valid('query')
    const page = await reportPage(deps, query)
    return answer(c, page, page.status, query.lang)
  })

  app.post('/report', feedbackSenderLimit(deps), queryParams(reportPageQuerySchema), formBody(feedbackFormSchema), async (c) => {
    return answer(c, await postReportForm(deps, c.req.valid('query'), c.req.valid('form'), (input) => floodHooks(deps, input)))
  })

  // Tracking. /track's lookup form is a GET: a code that reads as a receipt
  // goes to its page, one that cannot be a receipt is answered there as not found.
  // Every look-up here counts with /api/track's: the pages are no way around
  // its throttle on guessed receipts (a refusal is a page, as any error here).
  const tracked = trackLimit(deps)
  app.get('/track', tracked, queryParams(trackPageQuerySchema), async (c) => {
    const { receipt, lang } = c.req.valid('query')
    if (receipt === undefined) return answer(c, await trackPage(deps, null), 200, lang)
    const code = normalizeReceipt(receipt)
    if (code) return c.redirect(`/track/${code}`, 303)
    return answer(c, { status: 404, data: { page: 'track', receipt, view: null } }, 404, lang)
  })

  app.get('/track/:receipt', tracked, pathParams(receiptParamSchema), queryParams(trackCaseQuerySchema), async (c) => {
    const { sent, answered, lang } = c.req.valid('query')
    const page = await trackPage(deps, c.req.valid('param').receipt, {
      ...(sent && { sent: true }),
      ...(answered && { answered: answered === 'fixed' }),
    })
    return answer(c, page, page.status, lang)
  })

  // A follow-up sent without scripts, then back to the case (303: a reload does not send it again).
  app.post('/track/:receipt/messages', tracked, pathParams(receiptParamSchema), formBody(trackMessageSchema), async (c) => {
    const receipt = c.req.valid('param').receipt
    await addFollowUp(deps, receipt, c.req.valid('form').text)
    return c.redirect(`/track/${receipt}?sent=1`, 303)
  })

  // "问题解决了吗？" answered without scripts: recorded as POST
  // /api/track/:receipt/confirm records it, then back to the case (303).
  app.post('/track/:receipt/confirm', tracked, pathParams(receiptParamSchema), formBody(confirmFormSchema), async (c) => {
    const receipt = c.req.valid('param').receipt
    const parsed = confirmFromForm(c.req.valid('form'))
    if (!parsed.ok) throw new ApiError(400, 'validation_failed', 'Some form fields are invalid', parsed.fields)
    try {
      await confirmFix(deps, receipt, parsed.value)
    } catch (err) {
      // Answered already (the form sent again from the browser's history): the case shows where it stands.
      if (err instanceof ApiError && err.status === 409) return c.redirect(`/track/${receipt}`, 303)
      throw err
    }
    return c.redirect(`/track/${receipt}?answered=${parsed.value.fixed ? 'fixed' : 'not_fixed'}`, 303)
  })

  // A face tapped without scripts: recorded as POST /api/ratings records it,
  // then back to the store page (303, so a reload does not send it again),
  // with the complaint form open after a low rating.
  app.post('/s/:code/rating', ratingSenderLimit(deps), pathParams(storeCodeParamSchema), formBody(ratingFormSchema), async (c) => {
    const code = c.req.valid('param').code
    const input = await sendRating(deps, code, c.req.valid('form'), { isRepeat: (storeCode) => isRepeatRating(c, deps, storeCode) })
    const low = input.score <= 2
    return c.redirect(`/s/${encodeURIComponent(code)}?rated=${input.score}${low ? '&kind=complaint#form' : ''}`, 303)
  })

  app.onError(async (err, c) => {
    if (err instanceof FrontEndNotBuilt) return c.text(err.message, 503)
    const code = /^\/s\/([^/]+)/.exec(c.req.path)?.[1] ?? null
    const receipt = /^\/track\/([^/]+)/.exec(c.req.path)?.[1]
    const query = c.req.query()
    if (c.req.method === 'GET' && err instanceof ApiError && err.status === 400 && err.fields && Object.keys(err.fields).every((f) => f in query)) {
      // A page asked for with a query it cannot read (a mistyped or cut-off link): the page without it.
      return c.redirect(c.req.path, 303)
    }
    if (receipt && err instanceof ApiError && (err.status === 404 || (err.status === 400 && c.req.method === 'GET'))) {
      // No case has this receipt, or it cannot be one: the tracking page says so, with its lookup form.
      return answer(c, { status: 404, data: { page: 'track', receipt: decoded(receipt), view: null } }, 404)
    }
    if (receipt && err instanceof ApiError && err.status === 400 && c.req.method === 'POST') {
      // A follow-up or an answer sent empty without scripts: back to the case, nothing sent.
      return c.redirect(`/track/${encodeURIComponent(decoded(receipt))}`, 303)
    }
    if (code && err instanceof ApiError && err.status === 400 && c.req.method === 'GET') {
      // A malformed station code is no store at all.
      return answer(c, await storePage(deps, '-'), 404)
    }
    if (!(err instanceof ApiError)) console.error(`[${c.get('requestId')}] ${c.req.method} ${c.req.path}`, err)
    const status: ContentfulStatusCode = err instanceof ApiError ? err.status : 500
    const reason = status === 429 ? 'rate_limited' : 'generic'
    return answer(c, { status: 400, data: { page: 'problem', reason, storeCode: code && decoded(code) } }, status)
  })

  return app
}

/** A path segment as typed; a malformed escape is kept as it came. */
function decoded(segment: string): string {
  try {
    return decodeURIComponent(segment)
  } catch {
    return segment
  }
}
