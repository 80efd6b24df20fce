// The tablet fleet: every paired tablet with what it last reported and the
// offline / stale-notice flags; renaming and revoking one. Supervisors see
// and manage the tablets of their own stores only.
import { Hono } from 'hono'
import type { FleetDevice } from '../../../shared/api-types.ts'
import { deviceIdParamSchema, devicePatchSchema, fleetQuerySchema } from '../../../shared/fleet-schemas.ts'
import { ApiError } from '../../api-error.ts'
import { userScope } from '../../auth/scope.ts'
import { requireStoreInScope } from '../../auth/store-access.ts'
import { appendAudit } from '../../db/queries/audit.ts'
import { getDeviceWithStore, renameDevice, revokeDevice, type DeviceWithStore } from '../../db/queries/devices.ts'
import type { AppDeps, AppEnv } from '../../deps.ts'
import { fleet, fleetDevice } from '../../devices/fleet.ts'
import { jsonBody } from '../../middleware/json-body.ts'
import { pathParams } from '../../middleware/path-params.ts'
import { queryParams } from '../../middleware/query-params.ts'

export function adminDeviceRoutes(deps: AppDeps) {
  const app = new Hono<AppEnv>()

  app.get('/', queryParams(fleetQuerySchema), async (c) => {
    const { district, store, flag } = c.req.valid('query')
    const rows = await fleet(deps.db, { district, store, flag, scope: userScope(c.get('user')) }, deps.clock.now())
    return c.json(rows satisfies FleetDevice[])
  })

  app.patch('/:id', pathParams(deviceIdParamSchema), jsonBody(devicePatchSchema), async (c) => {
    const device = await deviceInScope(deps, c.req.valid('param').id, c.get('user'))
    const { name } = c.req.valid('json')
    const now = deps.clock.now()
    await deps.db.transaction(async (tx) => {
      await renameDevice(tx, device.id, name)
      await appendAudit(tx, {
        at: now.toISOString(),
        actor: c.get('user').username,
        action: 'device_renamed',
        target: String(device.id),
        detail: { storeCode: device.storeCode, from: device.name, to: name },
      })
    })
    return c.json(await fleetDevice(deps.db, { ...device, name }, now))
  })

  // Revoking is final: the tablet's token stops working at once (heartbeats
  // and submissions answer 403 device_revoked); pairing again makes a new device.
  app.post('/:id/revoke', pathParams(deviceIdParamSchema), async (c) => {
    const device = await deviceInScope(deps, c.req.valid('param').id, c.get('user'))
    const now = deps.clock.now().toISOString()
    await deps.db.transaction(async (tx) => {
      // Revoking twice changes nothing and writes nothing.
      if (!(await revokeDevice(tx, device.id, now))) return
      await appendAudit(tx, { at: now, actor: c.get('user').username, action: 'device_revoked', target: String(device.id), detail: { storeCode: device.storeCode, name: device.name } })
    })
    return c.json(await fleetDevice(deps.db, (await getDeviceWithStore(deps.db, device.id))!, deps.clock.now()))
  })

  return app
}

async function deviceInScope(deps: AppDeps, id: number, user: AppEnv['Variables']['user']): Promise<DeviceWithStore> {
  const device = await getDeviceWithStore(deps.db, id)
  if (!device) throw new ApiError(404, 'not_found', 'No tablet has this id')
  requireStoreInScope(user, { code: device.storeCode, district: device.district }, 'This tablet belongs to a store outside your districts')
  return device
}
