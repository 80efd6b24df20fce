import { Hono } from 'hono'
import { storeStats } from '../../db/queries/stats.ts'
import type { AppDeps, AppEnv } from '../../deps.ts'
import { districtScope } from '../../middleware/session.ts'

export function adminStatsRoutes(deps: AppDeps) {
  const app = new Hono<AppEnv>()

  // Aggregates only, so every role may read them, within its scope.
  app.get('/stores', async (c) =>
    c.json(await storeStats(deps.db, deps.clock.now().toISOString(), districtScope(c.get('user')))),
  )

  return app
}
