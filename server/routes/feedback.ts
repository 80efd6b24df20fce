import { Hono } from 'hono'
import { feedbackInputSchema } from '../../shared/schemas.ts'
import { submitFeedback } from '../cases/submit-feedback.ts'
import type { AppDeps, AppEnv } from '../deps.ts'
import { authenticateDevice } from '../devices/pairing.ts'
import { jsonBody } from '../middleware/json-body.ts'
import { DEVICE_TOKEN_HEADER } from '../../shared/device-token.ts'
import { enforceStoreLimit } from '../middleware/rate-limits.ts'

export function feedbackRoutes(deps: AppDeps) {
  const app = new Hono<AppEnv>()

  app.post('/', jsonBody(feedbackInputSchema), async (c) => {
    // A store tablet identifies itself; once revoked it may not submit, and
    // answering 403 tells it to stop (it keeps its outbox for staff).
    const deviceToken = c.req.header(DEVICE_TOKEN_HEADER)
    if (deviceToken !== undefined) await authenticateDevice(deps.db, deviceToken)
    const { accepted, created } = await submitFeedback(deps, c.req.valid('json'), {
      beforeStore: (storeCode) => enforceStoreLimit(c, deps, storeCode),
    })
    return c.json(accepted, created ? 201 : 200)
  })

  return app
}
