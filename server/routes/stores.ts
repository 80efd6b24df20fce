import { Hono } from 'hono'
import type { PublicStore, StoreDirectory } from '../../shared/api-types.ts'
import { parseWith, storeCodeSchema } from '../../shared/schemas.ts'
import { ApiError } from '../api-error.ts'
import { listActiveNotices } from '../db/queries/notices.ts'
import { getSetting } from '../db/queries/settings.ts'
import { getStore, listDistricts, searchStores } from '../db/queries/stores.ts'
import type { AppDeps, AppEnv } from '../deps.ts'

const PAGE_SIZE = 50

export function storeRoutes(deps: AppDeps) {
  const app = new Hono<AppEnv>()

  app.get('/', async (c) => {
    const q = c.req.query('q')?.trim().slice(0, 50) || undefined
    const district = c.req.query('district')?.trim().slice(0, 50) || undefined
    const page = Math.max(1, Math.min(10_000, Number.parseInt(c.req.query('page') ?? '1', 10) || 1))
    const { items, total } = await searchStores(deps.db, { q, district, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE })
    return c.json({
      items: items.map(({ code, name, district, address }) => ({ code, name, district, address })),
      total,
      page,
      pageSize: PAGE_SIZE,
      districts: await listDistricts(deps.db),
    } satisfies StoreDirectory)
  })

  app.get('/:code', async (c) => {
    const parsed = parseWith(storeCodeSchema, c.req.param('code'))
    const store = parsed.ok ? await getStore(deps.db, parsed.value) : undefined
    if (!store) throw new ApiError(404, 'store_not_found', 'No store has this station code')
    return c.json({
      code: store.code,
      name: store.name,
      district: store.district,
      address: store.address,
      active: store.active,
      supervisor: { name: store.supervisorName, phone: store.supervisorPhone },
      hotline: (await getSetting(deps.db, 'hotline')) ?? '',
      notices: await listActiveNotices(deps.db),
    } satisfies PublicStore)
  })

  return app
}
