// The risk library (风险库, with the open cases under each risk in the
// reader's area) and the event library (事件库).
import { Hono } from 'hono'
import { fieldEventInputSchema, riskInputSchema } from '../../../shared/field-schemas.ts'
import type { FieldEvent, Risk } from '../../../shared/field-types.ts'
import { userScope } from '../../auth/scope.ts'
import { listFieldEvents } from '../../db/queries/field-events.ts'
import { listRisks, openCasesByCategory } from '../../db/queries/risks.ts'
import type { AppDeps, AppEnv } from '../../deps.ts'
import { saveFieldEvent, saveRisk } from '../../libraries/save-entries.ts'
import { jsonBody } from '../../middleware/json-body.ts'

export function adminRiskRoutes(deps: AppDeps) {
  const app = new Hono<AppEnv>()

  app.get('/', async (c) => {
    const risks = await listRisks(deps.db)
    const open = await openCasesByCategory(deps.db, [...new Set(risks.flatMap((r) => r.categoryIds))], userScope(c.get('user')))
    return c.json<Risk[]>(risks.map((r) => ({ ...r, openCases: r.categoryIds.reduce((n, id) => n + (open.get(id) ?? 0), 0) })))
  })

  app.post('/', jsonBody(riskInputSchema), async (c) => c.json({ id: await saveRisk(deps, c.get('user'), c.req.valid('json')) }, 201))

  return app
}

export function adminFieldEventRoutes(deps: AppDeps) {
  const app = new Hono<AppEnv>()

  app.get('/', async (c) => c.json<FieldEvent[]>(await listFieldEvents(deps.db)))

  app.post('/', jsonBody(fieldEventInputSchema), async (c) =>
    c.json({ id: await saveFieldEvent(deps, c.get('user'), c.req.valid('json')) }, 201),
  )

  return app
}
