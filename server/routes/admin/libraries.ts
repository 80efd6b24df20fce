// The risk library (风险库, with the open cases under each risk in the
// reader's area) and the event library (事件库): adding, changing (a new
// version each time) and reading an entry with its history.
import { Hono } from 'hono'
import { fieldEventInputSchema, fieldEventPatchSchema, libraryIdParamSchema, riskInputSchema, riskPatchSchema } from '../../../shared/field-schemas.ts'
import type { FieldEvent, FieldEventDetail, Risk, RiskDetail } from '../../../shared/field-types.ts'
import type { AppDeps, AppEnv } from '../../deps.ts'
import { editFieldEvent, editRisk } from '../../libraries/edit-entries.ts'
import { fieldEventDetail, fieldEventsFor, riskDetail, risksFor } from '../../libraries/read-entries.ts'
import { saveFieldEvent, saveRisk } from '../../libraries/save-entries.ts'
import { jsonBody } from '../../middleware/json-body.ts'
import { pathParams } from '../../middleware/path-params.ts'

export function adminRiskRoutes(deps: AppDeps) {
  const app = new Hono<AppEnv>()

  app.get('/', async (c) => c.json<Risk[]>(await risksFor(deps, c.get('user'))))

  app.post('/', jsonBody(riskInputSchema), async (c) => c.json({ id: await saveRisk(deps, c.get('user'), c.req.valid('json')) }, 201))

  app.get('/:id', pathParams(libraryIdParamSchema), async (c) => c.json<RiskDetail>(await riskDetail(deps, c.get('user'), c.req.valid('param').id)))

  app.patch('/:id', pathParams(libraryIdParamSchema), jsonBody(riskPatchSchema), async (c) =>
    c.json(await editRisk(deps, c.get('user'), c.req.valid('param').id, c.req.valid('json'))),
  )

  return app
}

export function adminFieldEventRoutes(deps: AppDeps) {
  const app = new Hono<AppEnv>()

  app.get('/', async (c) => c.json<FieldEvent[]>(await fieldEventsFor(deps, c.get('user'))))

  app.post('/', jsonBody(fieldEventInputSchema), async (c) =>
    c.json({ id: await saveFieldEvent(deps, c.get('user'), c.req.valid('json')) }, 201),
  )

  app.get('/:id', pathParams(libraryIdParamSchema), async (c) =>
    c.json<FieldEventDetail>(await fieldEventDetail(deps, c.get('user'), c.req.valid('param').id)),
  )

  app.patch('/:id', pathParams(libraryIdParamSchema), jsonBody(fieldEventPatchSchema), async (c) =>
    c.json(await editFieldEvent(deps, c.get('user'), c.req.valid('param').id, c.req.valid('json'))),
  )

  return app
}
