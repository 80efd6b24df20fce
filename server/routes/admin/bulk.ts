// POST /api/admin/feedback/bulk: assign, move or reject many inbox cases at
// once, each as if changed by hand (see cases/bulk-update.ts). Mounted
// before /feedback, whose /:id routes would otherwise take "bulk" for an id.
import { Hono } from 'hono'
import type { BulkAnswer } from '../../../shared/api-types.ts'
import { bulkSchema } from '../../../shared/loop-schemas.ts'
import { bulkUpdate } from '../../cases/bulk-update.ts'
import type { AppDeps, AppEnv } from '../../deps.ts'
import { jsonBody } from '../../middleware/json-body.ts'

export function adminBulkRoutes(deps: AppDeps) {
  const app = new Hono<AppEnv>()

  app.post('/', jsonBody(bulkSchema), async (c) => c.json<BulkAnswer>({ results: await bulkUpdate(deps, c.get('user'), c.req.valid('json')) }))

  return app
}
