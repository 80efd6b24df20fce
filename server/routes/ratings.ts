import { Hono } from 'hono'
import { DEVICE_TOKEN_HEADER } from '../../shared/device-token.ts'
import { ratingInputSchema } from '../../shared/rating-schemas.ts'
import type { AppDeps, AppEnv } from '../deps.ts'
import { authenticateDevice } from '../devices/pairing.ts'
import { jsonBody } from '../middleware/json-body.ts'
import { isRepeatRating } from '../middleware/rate-limits.ts'
import { recordRating } from '../ratings/record-rating.ts'

export function ratingRoutes(deps: AppDeps) {
  const app = new Hono<AppEnv>()

  app.post('/', jsonBody(ratingInputSchema), async (c) => {
    const input = c.req.valid('json')
    // A paired tablet identifies itself (a revoked one answers 403) and is
    // many buyers, so the one-phone repeat rule does not apply to it.
    const deviceToken = c.req.header(DEVICE_TOKEN_HEADER)
    if (deviceToken !== undefined) await authenticateDevice(deps.db, deviceToken)
    const { created } = await recordRating(deps, input, {
      isRepeat: async (storeCode) => deviceToken === undefined && (await isRepeatRating(c, deps, storeCode)),
    })
    return c.json({ id: input.id }, created ? 201 : 200)
  })

  return app
}
