// The buyer pages the server renders (issue 12). They answer HTML, errors
// included: a person reads these, so a refused form or a flood limit is a
// page saying so, not the API's JSON error shape.
import { Hono, type Context } from 'hono'
import type { ContentfulStatusCode } from 'hono/utils/http-status'
import { feedbackFormSchema, ratingFormSchema, ratingFromForm, storePageQuerySchema } from '../../shared/feedback-form.ts'
import { storeCodeParamSchema } from '../../shared/registry-schemas.ts'
import { ApiError } from '../api-error.ts'
import { FrontEndNotBuilt, renderBuyerPage } from '../buyer-pages/render-page.ts'
import { clientAddress } from '../client-info.ts'
import { postStoreForm, storePage, type RenderedPage } from '../buyer-pages/store-page.ts'
import type { AppDeps, AppEnv } from '../deps.ts'
import { formBody } from '../middleware/form-body.ts'
import { pathParams } from '../middleware/path-params.ts'
import { queryParams } from '../middleware/query-params.ts'
import { feedbackSenderLimit, floodHooks, isRepeatRating, ratingSenderLimit } from '../middleware/rate-limits.ts'
import { recordRating } from '../ratings/record-rating.ts'

export function buyerPageRoutes(deps: AppDeps) {
  const app = new Hono<AppEnv>()
  const answer = async (c: Context<AppEnv>, page: RenderedPage, status: ContentfulStatusCode = page.status) => {
    c.header('Cache-Control', 'no-cache')
    return c.html(await renderBuyerPage(deps.staticDir, c.req.path, page.data, page.title), status)
  }

  app.get('/s/:code', pathParams(storeCodeParamSchema), queryParams(storePageQuerySchema), async (c) => {
    const { v, kind, rated, receipt } = c.req.valid('query')
    return answer(c, await storePage(deps, c.req.valid('param').code, { poster: v, address: clientAddress(c, deps.config), kind, rated, receipt }))
  })

  app.post('/s/:code', feedbackSenderLimit(deps), pathParams(storeCodeParamSchema), formBody(feedbackFormSchema), async (c) => {
    const page = await postStoreForm(deps, c.req.valid('param').code, c.req.valid('form'), (input) => floodHooks(deps, input))
    return answer(c, page)
  })

  // A face tapped without scripts: recorded as POST /api/ratings records it,
  // then back to the store page (303, so a reload does not send it again),
  // with the complaint form open after a low rating.
  app.post('/s/:code/rating', ratingSenderLimit(deps), pathParams(storeCodeParamSchema), formBody(ratingFormSchema), async (c) => {
    const code = c.req.valid('param').code
    const parsed = ratingFromForm(c.req.valid('form'), code, deps.clock.now().toISOString())
    if (!parsed.ok) throw new ApiError(400, 'validation_failed', 'Some form fields are invalid', parsed.fields)
    const input = parsed.value
    await recordRating(deps, input, { isRepeat: (storeCode) => isRepeatRating(c, deps, storeCode) })
    const low = input.score <= 2
    return c.redirect(`/s/${encodeURIComponent(code)}?rated=${input.score}${low ? '&kind=complaint#form' : ''}`, 303)
  })

  app.onError(async (err, c) => {
    if (err instanceof FrontEndNotBuilt) return c.text(err.message, 503)
    const code = /^\/s\/([^/]+)/.exec(c.req.path)?.[1] ?? null
    if (err instanceof ApiError && err.status === 400 && c.req.method === 'GET') {
      // A malformed station code is no store at all.
      return answer(c, await storePage(deps, '-'), 404)
    }
    if (!(err instanceof ApiError)) console.error(`[${c.get('requestId')}] ${c.req.method} ${c.req.path}`, err)
    const status: ContentfulStatusCode = err instanceof ApiError ? err.status : 500
    const reason = status === 429 ? 'rate_limited' : 'generic'
    return answer(c, { status: 400, data: { page: 'problem', reason, storeCode: code && decodeURIComponent(code) } }, status)
  })

  return app
}
