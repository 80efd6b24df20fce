import { Hono } from 'hono'
import { DEVICE_TOKEN_HEADER } from '../../shared/device-token.ts'
import type { KioskPairing } from '../../shared/api-types.ts'
import { heartbeatSchema, pairSchema } from '../../shared/schemas.ts'
import { ApiError } from '../api-error.ts'
import { recordHeartbeat } from '../db/queries/devices.ts'
import { getStore } from '../db/queries/stores.ts'
import type { AppDeps, AppEnv } from '../deps.ts'
import { authenticateDevice, pairDevice } from '../devices/pairing.ts'
import { jsonBody } from '../middleware/json-body.ts'

export function kioskRoutes(deps: AppDeps) {
  const app = new Hono<AppEnv>()

  app.post('/pair', jsonBody(pairSchema), async (c) => {
    const { token, storeCode } = await pairDevice(deps.db, c.req.valid('json').code, deps.clock.now())
    const store = await getStore(deps.db, storeCode)
    return c.json({ token, store: { code: storeCode, name: store?.name ?? '' } } satisfies KioskPairing, 201)
  })

  app.post('/heartbeat', jsonBody(heartbeatSchema), async (c) => {
    const token = c.req.header(DEVICE_TOKEN_HEADER)
    if (!token) throw new ApiError(401, 'unauthorized', `Send the device token as ${DEVICE_TOKEN_HEADER}`)
    const device = await authenticateDevice(deps.db, token)
    await recordHeartbeat(deps.db, device.id, { now: deps.clock.now().toISOString(), ...c.req.valid('json') })
    return c.json({ ok: true })
  })

  return app
}
