import { Hono } from 'hono'
import { getSetting } from '../db/queries/settings.ts'
import type { AppDeps, AppEnv } from '../deps.ts'

// What a page can show when it has no store to show: the hotline.
export function centreRoutes(deps: AppDeps) {
  const app = new Hono<AppEnv>()
  app.get('/', async (c) => c.json({ hotline: (await getSetting(deps.db, 'hotline')) ?? '' }))
  return app
}
