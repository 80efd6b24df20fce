// GET /api/admin/public-url: the address the posters' QR codes carry, and
// whether a phone could reach it, so the poster page can warn before anyone
// prints a batch that opens nothing (the start-up banner says the same).
import { Hono } from 'hono'
import type { PublicUrlStatus } from '../../../shared/registry-types.ts'
import type { AppDeps, AppEnv } from '../../deps.ts'

export function adminPublicUrlRoutes(deps: AppDeps) {
  const app = new Hono<AppEnv>()

  app.get('/', (c) => c.json({ publicUrl: deps.config.publicUrl, problem: deps.config.publicUrlProblem } satisfies PublicUrlStatus))

  return app
}
