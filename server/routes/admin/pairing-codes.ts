// POST /api/admin/stores/:code/pairing-codes: a one-time code (15 minutes)
// that binds a tablet to the store, shown in the console as text and as a
// QR code of pairUrl for the tablet's camera. Staff and admins for any
// store; a supervisor for the stores they look after, since they set
// tablets up on their visits.
import { Hono } from 'hono'
import type { PairingCodeCreated } from '../../../shared/api-types.ts'
import { formatPairingCode } from '../../../shared/pairing-code.ts'
import { storeCodeParamSchema } from '../../../shared/registry-schemas.ts'
import { ApiError } from '../../api-error.ts'
import { loadStoreInScope } from '../../auth/store-access.ts'
import { appendAudit } from '../../db/queries/audit.ts'
import type { AppDeps, AppEnv } from '../../deps.ts'
import { createPairingCode, pairUrl } from '../../devices/pairing.ts'
import { pathParams } from '../../middleware/path-params.ts'

export function adminPairingCodeRoutes(deps: AppDeps) {
  const app = new Hono<AppEnv>()

  app.post('/:code/pairing-codes', pathParams(storeCodeParamSchema), async (c) => {
    const store = await loadStoreInScope(deps.db, c.req.valid('param').code, c.get('user'))
    if (!store.active) throw new ApiError(409, 'store_inactive', 'This store is no longer licensed; its tablets cannot be paired')
    const now = deps.clock.now()
    const created = await deps.db.transaction(async (tx) => {
      const { code, expiresAt } = await createPairingCode(tx, store.code, now)
      await appendAudit(tx, { at: now.toISOString(), actor: c.get('user').username, action: 'pairing_code_created', target: store.code, detail: { expiresAt } })
      return { code: formatPairingCode(code), expiresAt }
    })
    return c.json({ ...created, pairUrl: pairUrl(deps.config.publicUrl, created.code), storeName: store.name } satisfies PairingCodeCreated, 201)
  })

  return app
}
