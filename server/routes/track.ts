import { Hono } from 'hono'
import type { ConfirmAnswer } from '../../shared/api-types.ts'
import { confirmSchema } from '../../shared/confirm-schema.ts'
import { receiptParamSchema, trackMessageSchema } from '../../shared/schemas.ts'
import { ApiError } from '../api-error.ts'
import { confirmFix } from '../cases/confirm-fix.ts'
import type { AppDeps, AppEnv } from '../deps.ts'
import { jsonBody } from '../middleware/json-body.ts'
import { pathParams } from '../middleware/path-params.ts'
import { addFollowUp } from '../track/add-follow-up.ts'
import { trackView } from '../track/track-view.ts'

// What a receipt holder may see and send: server/track/.
export function trackRoutes(deps: AppDeps) {
  const app = new Hono<AppEnv>()

  app.get('/:receipt', pathParams(receiptParamSchema), async (c) => {
    const view = await trackView(deps, c.req.valid('param').receipt)
    if (!view) throw new ApiError(404, 'not_found', 'No case has this receipt code')
    return c.json(view)
  })

  app.post('/:receipt/messages', pathParams(receiptParamSchema), jsonBody(trackMessageSchema), async (c) => {
    await addFollowUp(deps, c.req.valid('param').receipt, c.req.valid('json').text)
    return c.json({ ok: true }, 201)
  })

  // The reporter's answer to "问题解决了吗？" on a resolved case (issue 11).
  app.post('/:receipt/confirm', pathParams(receiptParamSchema), jsonBody(confirmSchema), async (c) => {
    return c.json<ConfirmAnswer>({ status: await confirmFix(deps, c.req.valid('param').receipt, c.req.valid('json')) })
  })

  return app
}
