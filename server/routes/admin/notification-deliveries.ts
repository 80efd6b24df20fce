// The delivery log (admin): each alert with every attempt and its outcome.
import { Hono } from 'hono'
import { deliveriesQuerySchema } from '../../../shared/alert-schemas.ts'
import { listDeliveries, type DeliveryLogRow } from '../../db/queries/notifications.ts'
import type { AppDeps, AppEnv } from '../../deps.ts'
import { queryParams } from '../../middleware/query-params.ts'

const LIMIT = 200

export function adminNotificationDeliveryRoutes(deps: AppDeps) {
  const app = new Hono<AppEnv>()

  app.get('/', queryParams(deliveriesQuerySchema), async (c) => {
    const { channel, status } = c.req.valid('query')
    return c.json<{ items: DeliveryLogRow[] }>({ items: await listDeliveries(deps.db, { channelId: channel, status, limit: LIMIT }) })
  })

  return app
}
