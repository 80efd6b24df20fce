import { Hono } from 'hono'
import { feedbackInputSchema } from '../../shared/schemas.ts'
import { submitFeedback } from '../cases/submit-feedback.ts'
import type { AppDeps, AppEnv } from '../deps.ts'
import { authenticateDevice } from '../devices/pairing.ts'
import { jsonBody } from '../middleware/json-body.ts'
import { DEVICE_TOKEN_HEADER } from '../../shared/device-token.ts'
import { floodHooks } from '../middleware/rate-limits.ts'
import { ApiError } from '../api-error.ts'

export function feedbackRoutes(deps: AppDeps) {
  const app = new Hono<AppEnv>()

  app.post('/', jsonBody(feedbackInputSchema), async (c) => {
    // A store tablet identifies itself; once revoked it may not submit, and
    // answering 403 tells it to stop (it keeps its outbox for staff).
    // The kiosk channel is exempt from the fill-time rule, so it needs a
    // live tablet's token, and a tablet files only for its own store (issue 13).
    const input = c.req.valid('json')
    const deviceToken = c.req.header(DEVICE_TOKEN_HEADER)
    const device = deviceToken === undefined ? undefined : await authenticateDevice(deps.db, deviceToken)
    if (input.channel === 'kiosk' && !device) throw new ApiError(401, 'unauthorized', `The kiosk channel needs the tablet's ${DEVICE_TOKEN_HEADER}`)
    if (device && device.storeCode !== input.storeCode) throw new ApiError(403, 'wrong_store', 'This tablet is paired with another store')
    const { accepted, created } = await submitFeedback(deps, input, await floodHooks(deps, input))
    return c.json(accepted, created ? 201 : 200)
  })

  return app
}
