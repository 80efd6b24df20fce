import { Hono } from 'hono'
import { listCategories } from '../db/queries/categories.ts'
import type { AppDeps, AppEnv } from '../deps.ts'

export function categoryRoutes(deps: AppDeps) {
  const app = new Hono<AppEnv>()
  app.get('/', async (c) => c.json(await listCategories(deps.db)))
  return app
}
