// Supervisors' store visits: recording one (idempotent by its client-made
// id) and the list, narrowed to the user's scope. The field page's two
// lists (stores by last visit, due re-checks) come from here too, and a
// visit's photos (issue 15) are sent here, one raw image per request.
import { Hono } from 'hono'
import { visitInputSchema, visitQuerySchema } from '../../../shared/field-schemas.ts'
import type { DueRecheck, StoreLastVisit, VisitCreated, VisitSummary } from '../../../shared/field-types.ts'
import { visitPhotoParamSchema, visitPhotoQuerySchema, type PhotoAdded } from '../../../shared/photos.ts'
import type { Page } from '../../../shared/staff-types.ts'
import { ApiError } from '../../api-error.ts'
import { conflictsHiddenFor, userScope } from '../../auth/scope.ts'
import { loadStoreInScope } from '../../auth/store-access.ts'
import { dueRechecks, listVisits, storesByLastVisit } from '../../db/queries/visits.ts'
import type { AppDeps, AppEnv } from '../../deps.ts'
import { jsonBody } from '../../middleware/json-body.ts'
import { pathParams } from '../../middleware/path-params.ts'
import { queryParams } from '../../middleware/query-params.ts'
import { addVisitPhoto } from '../../photos/add-visit-photo.ts'
import { recordVisit } from '../../visits/record-visit.ts'
import { visitsSeenBy } from '../../visits/visits-seen-by.ts'

const DUE_RECHECKS_SHOWN = 100

export function adminVisitRoutes(deps: AppDeps) {
  const app = new Hono<AppEnv>()

  app.post('/', jsonBody(visitInputSchema), async (c) => {
    const { answer, created } = await recordVisit(deps, c.get('user'), c.req.valid('json'))
    return c.json<VisitCreated>(answer, created ? 201 : 200)
  })

  app.get('/', queryParams(visitQuerySchema), async (c) => {
    const q = c.req.valid('query')
    const user = c.get('user')
    const scope = userScope(user)
    if (scope && q.district && !scope.districts.includes(q.district)) throw new ApiError(403, 'forbidden', 'This district is outside your area')
    if (q.storeCode) await loadStoreInScope(deps.db, q.storeCode, user)
    const page = q.page ?? 1
    const pageSize = q.pageSize ?? 25
    const { items, total } = await listVisits(
      deps.db,
      { scope, storeCode: q.storeCode, district: q.district, type: q.type, fromDay: q.from, toDay: q.to },
      { limit: pageSize, offset: (page - 1) * pageSize },
    )
    return c.json<Page<VisitSummary>>({ items: await visitsSeenBy(deps.db, user, items), total, page, pageSize })
  })

  app.post('/:id/photos', pathParams(visitPhotoParamSchema), queryParams(visitPhotoQuerySchema), async (c) => {
    const body = new Uint8Array(await c.req.arrayBuffer())
    const { photoId, created } = await addVisitPhoto(deps, c.get('user'), c.req.valid('param').id, c.req.valid('query').itemId, body)
    return c.json<PhotoAdded>({ photoId }, created ? 201 : 200)
  })

  app.get('/stores', async (c) => c.json<StoreLastVisit[]>(await storesByLastVisit(deps.db, userScope(c.get('user')))))

  app.get('/rechecks', async (c) => {
    const user = c.get('user')
    return c.json<DueRecheck[]>(await dueRechecks(deps.db, userScope(user), conflictsHiddenFor(user), DUE_RECHECKS_SHOWN))
  })

  return app
}
