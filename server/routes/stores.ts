import { Hono } from 'hono'
import type { PublicStore } from '../../shared/api-types.ts'
import { publicStoreQuerySchema, storeCodeParamSchema, storeDirectoryQuerySchema } from '../../shared/registry-schemas.ts'
import { chinaDate } from '../../shared/china-time.ts'
import { ApiError } from '../api-error.ts'
import { clientAddress } from '../client-info.ts'
import { getStore } from '../db/queries/stores.ts'
import type { AppDeps, AppEnv } from '../deps.ts'
import { pathParams } from '../middleware/path-params.ts'
import { queryParams } from '../middleware/query-params.ts'
import { countPosterScan } from '../stores/poster-scans.ts'
import { publicStore } from '../stores/public-store.ts'
import { storeDirectory } from '../stores/store-directory.ts'

export function storeRoutes(deps: AppDeps) {
  const app = new Hono<AppEnv>()

  app.get('/', queryParams(storeDirectoryQuerySchema), async (c) => c.json(await storeDirectory(deps.db, c.req.valid('query'))))

  app.get('/:code', pathParams(storeCodeParamSchema), queryParams(publicStoreQuerySchema), async (c) => {
    const store = await getStore(deps.db, c.req.valid('param').code)
    if (!store) throw new ApiError(404, 'store_not_found', 'No store has this station code')
    const today = chinaDate(deps.clock.now())
    await countPosterScan(deps, clientAddress(c, deps.config), store.code, c.req.valid('query').v, today)
    return c.json<PublicStore>(await publicStore(deps.db, store, today))
  })

  return app
}
