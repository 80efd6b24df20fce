import { Hono } from 'hono'
import type { PublicStore, StoreDirectory } from '../../shared/api-types.ts'
import { publicStoreQuerySchema, storeCodeParamSchema, storeDirectoryQuerySchema } from '../../shared/registry-schemas.ts'
import { chinaDate } from '../../shared/china-time.ts'
import { ApiError } from '../api-error.ts'
import { effectiveNoticeVersions } from '../db/queries/notices.ts'
import { countScan } from '../db/queries/scans.ts'
import { getSetting } from '../db/queries/settings.ts'
import { getStore, listDistricts, searchStores } from '../db/queries/stores.ts'
import type { AppDeps, AppEnv } from '../deps.ts'
import { pathParams } from '../middleware/path-params.ts'
import { queryParams } from '../middleware/query-params.ts'
import { noticesInForce } from '../notices/notices-in-force.ts'
import type { Logger } from '../ops/logger.ts'

const PAGE_SIZE = 50

export function storeRoutes(deps: AppDeps) {
  const app = new Hono<AppEnv>()

  app.get('/', queryParams(storeDirectoryQuerySchema), async (c) => {
    const { q, district, page = 1 } = c.req.valid('query')
    const { items, total } = await searchStores(deps.db, { q, district, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE })
    return c.json({
      items: items.map(({ code, name, district, address }) => ({ code, name, district, address })),
      total,
      page,
      pageSize: PAGE_SIZE,
      districts: await listDistricts(deps.db),
    } satisfies StoreDirectory)
  })

  app.get('/:code', pathParams(storeCodeParamSchema), queryParams(publicStoreQuerySchema), async (c) => {
    const store = await getStore(deps.db, c.req.valid('param').code)
    if (!store) throw new ApiError(404, 'store_not_found', 'No store has this station code')
    const today = chinaDate(deps.clock.now())
    await countPosterScan(deps, c.get('log'), store.code, c.req.valid('query').v, today)
    return c.json({
      code: store.code,
      name: store.name,
      district: store.district,
      address: store.address,
      active: store.active,
      supervisor: { name: store.supervisorName, phone: store.supervisorPhone },
      hotline: (await getSetting(deps.db, 'hotline')) ?? '',
      ...noticesInForce(await effectiveNoticeVersions(deps.db, today), store),
    } satisfies PublicStore)
  })

  return app
}

/**
 * The buyer page passes its URL's `v` through: one more scan of that poster
 * version today. Nothing about the scanner is kept. A counter that cannot be
 * written must not cost the buyer the page, so failures are only logged.
 */
async function countPosterScan(deps: AppDeps, log: Logger, code: string, v: string | undefined, today: string): Promise<void> {
  if (!v) return
  try {
    await countScan(deps.db, code, v, today)
  } catch (err) {
    log.error({ err, storeCode: code }, 'scan not counted')
  }
}
