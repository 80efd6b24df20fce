// Counts only (no case, no person), so every role may read them, within its scope.
import { Hono } from 'hono'
import { ratingStatsQuerySchema } from '../../../shared/rating-stats.ts'
import { ApiError } from '../../api-error.ts'
import { userScope } from '../../auth/scope.ts'
import { loadStoreInScope } from '../../auth/store-access.ts'
import type { AppDeps, AppEnv } from '../../deps.ts'
import { queryParams } from '../../middleware/query-params.ts'
import { ratingStats } from '../../ratings/rating-stats.ts'

export function adminRatingStatsRoutes(deps: AppDeps) {
  const app = new Hono<AppEnv>()

  app.get('/', queryParams(ratingStatsQuerySchema), async (c) => {
    const { district, storeCode, from, to } = c.req.valid('query')
    const user = c.get('user')
    const scope = userScope(user)
    if (scope && district && !scope.districts.includes(district)) throw new ApiError(403, 'forbidden', 'This district is outside your area')
    if (storeCode) await loadStoreInScope(deps.db, storeCode, user)
    return c.json(await ratingStats(deps.db, { scope, district, storeCode, from, to }))
  })

  return app
}
