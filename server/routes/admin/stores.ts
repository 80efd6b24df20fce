// The store registry in the console: list, one store's edit, create, the CSV
// import (dry run unless ?apply=1), the silent-poster list and the
// single-store QR downloads. Staff and admins write; supervisors read their
// districts; viewers read.
import { Hono } from 'hono'
import type { AdminStore, Page } from '../../../shared/api-types.ts'
import {
  adminStoreQuerySchema,
  daysQuerySchema,
  storeCodeParamSchema,
  storeCreateSchema,
  storeImportQuerySchema,
  storePatchSchema,
} from '../../../shared/registry-schemas.ts'
import { chinaDate } from '../../../shared/china-time.ts'
import { appendAudit } from '../../db/queries/audit.ts'
import { ApiError } from '../../api-error.ts'
import { recordPosterIssues } from '../../db/queries/posters.ts'
import { scansOfStore, silentStores } from '../../db/queries/scans.ts'
import { scanCounterFor } from '../../scans/scan-counter.ts'
import { getStore, searchStoresAdmin, type Store } from '../../db/queries/stores.ts'
import type { AppDeps, AppEnv } from '../../deps.ts'
import { jsonBody } from '../../middleware/json-body.ts'
import { pathParams } from '../../middleware/path-params.ts'
import { queryParams } from '../../middleware/query-params.ts'
import { userScope } from '../../auth/scope.ts'
import { loadStoreInScope } from '../../auth/store-access.ts'
import { posterSheets } from '../../posters/poster-sheets.ts'
import { qrPng, qrSvg } from '../../posters/qr-code.ts'
import { importStores } from '../../stores/import-stores.ts'
import { addStore, changeStore } from '../../stores/store-writes.ts'
import { readCsvBody } from './csv-body.ts'

const PAGE_SIZE = 100

export function adminStoreRoutes(deps: AppDeps) {
  const app = new Hono<AppEnv>()

  app.get('/', queryParams(adminStoreQuerySchema), async (c) => {
    const { q, district, active, page = 1 } = c.req.valid('query')
    const { items, total } = await searchStoresAdmin(deps.db, {
      q,
      district,
      scope: userScope(c.get('user')),
      active: active === undefined ? undefined : active === '1',
      limit: PAGE_SIZE,
      offset: (page - 1) * PAGE_SIZE,
    })
    return c.json({ items, total, page, pageSize: PAGE_SIZE } satisfies Page<AdminStore>)
  })

  app.post('/', jsonBody(storeCreateSchema), async (c) => {
    const input = c.req.valid('json')
    if (await getStore(deps.db, input.code)) throw new ApiError(409, 'conflict', 'A store with this station code exists')
    await deps.db.transaction(async (tx) => {
      await addStore(tx, input, deps.clock.now().toISOString())
    })
    return c.json(await adminStore(deps, input.code), 201)
  })

  app.post('/import', queryParams(storeImportQuerySchema), async (c) => {
    const { apply, deactivateMissing } = c.req.valid('query')
    const bytes = await readCsvBody(c)
    const report = await importStores(deps.db, bytes, {
      apply: apply === '1',
      deactivateMissing: deactivateMissing === '1',
      now: deps.clock.now().toISOString(),
    })
    return c.json(report)
  })

  app.get('/silent', queryParams(daysQuerySchema(365)), async (c) => {
    const { days = 30 } = c.req.valid('query')
    const since = new Date(deps.clock.now().getTime() - days * 86_400_000)
    await scanCounterFor(deps).flush()
    return c.json({ days, items: await silentStores(deps.db, chinaDate(since), since.toISOString(), userScope(c.get('user'))) })
  })

  // Every route below names one store, which the user must be allowed to act on.
  const storeParam = pathParams(storeCodeParamSchema)

  app.get('/:code', storeParam, async (c) => {
    const store = await loadStoreInScope(deps.db, c.req.valid('param').code, c.get('user'))
    return c.json(await adminStore(deps, store.code))
  })

  app.patch('/:code', storeParam, jsonBody(storePatchSchema), async (c) => {
    const current = await loadStoreInScope(deps.db, c.req.valid('param').code, c.get('user'))
    const patch = Object.fromEntries(Object.entries(c.req.valid('json')).filter(([, v]) => v !== undefined))
    const next = { ...current, ...patch }
    const at = deps.clock.now().toISOString()
    // Who changed a store's supervisor, and from what, is on record (issue 13).
    const changed = Object.keys(patch).filter((k) => current[k as keyof typeof current] !== next[k as keyof typeof next])
    const before = Object.fromEntries(changed.map((k) => [k, current[k as keyof typeof current]]))
    const after = Object.fromEntries(changed.map((k) => [k, next[k as keyof typeof next]]))
    await deps.db.transaction(async (tx) => {
      await changeStore(tx, next, current.district, at)
      if (changed.length) await appendAudit(tx, { at, actor: c.get('user').username, action: 'store_changed', target: current.code, detail: { before, after } })
    })
    return c.json(await adminStore(deps, current.code))
  })

  // Daily scan counts per poster version, to see whether a reissued poster is up.
  app.get('/:code/scans', storeParam, queryParams(daysQuerySchema(366)), async (c) => {
    const store = await loadStoreInScope(deps.db, c.req.valid('param').code, c.get('user'))
    const { days = 90 } = c.req.valid('query')
    const since = chinaDate(new Date(deps.clock.now().getTime() - days * 86_400_000))
    await scanCounterFor(deps).flush()
    return c.json({ days, items: await scansOfStore(deps.db, store.code, since) })
  })

  // The QR code alone, for stores that design their own signage. It encodes
  // the same versioned URL as the poster, so downloading it issues that
  // poster version.
  app.get('/:code/qr.svg', storeParam, async (c) => {
    const url = await issuedUrl(deps, await loadStoreInScope(deps.db, c.req.valid('param').code, c.get('user')))
    c.header('Content-Type', 'image/svg+xml; charset=utf-8')
    return c.body(qrSvg(url))
  })

  app.get('/:code/qr.png', storeParam, async (c) => {
    const url = await issuedUrl(deps, await loadStoreInScope(deps.db, c.req.valid('param').code, c.get('user')))
    c.header('Content-Type', 'image/png')
    return c.body(new Uint8Array(await qrPng(url)))
  })

  return app
}

async function adminStore(deps: AppDeps, code: string): Promise<AdminStore> {
  const [store] = (await searchStoresAdmin(deps.db, { code, limit: 1, offset: 0 })).items
  if (!store) throw new ApiError(404, 'store_not_found', 'No store has this station code')
  return store
}

async function issuedUrl(deps: AppDeps, store: Store): Promise<string> {
  const now = deps.clock.now()
  const [sheet] = await posterSheets(deps.db, deps.config.publicUrl, now, [store])
  await recordPosterIssues(deps.db, [{ storeCode: store.code, version: sheet!.version }], now.toISOString())
  return sheet!.url
}
