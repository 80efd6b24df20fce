// Checklist templates: the current version of each, and publishing a new
// template or version (a published version is never edited).
import { Hono } from 'hono'
import { checklistInputSchema } from '../../../shared/field-schemas.ts'
import type { ChecklistTemplate } from '../../../shared/field-types.ts'
import { publishChecklist } from '../../checklists/publish-checklist.ts'
import { listCurrentChecklists } from '../../db/queries/checklists.ts'
import type { AppDeps, AppEnv } from '../../deps.ts'
import { jsonBody } from '../../middleware/json-body.ts'

export function adminChecklistRoutes(deps: AppDeps) {
  const app = new Hono<AppEnv>()

  app.get('/', async (c) => c.json<ChecklistTemplate[]>(await listCurrentChecklists(deps.db)))

  app.post('/', jsonBody(checklistInputSchema), async (c) =>
    c.json<ChecklistTemplate>(await publishChecklist(deps, c.get('user'), c.req.valid('json')), 201),
  )

  return app
}
