// The category taxonomy with its SLAs. A changed SLA applies to cases
// received from then on; existing deadlines stay as they were promised.
import { Hono } from 'hono'
import type { AdminCategory } from '../../../shared/api-types.ts'
import { categoryIdParamSchema, categoryUpdateSchema } from '../../../shared/staff-schemas.ts'
import { ApiError } from '../../api-error.ts'
import { appendAudit } from '../../db/queries/audit.ts'
import { listAllCategories, updateCategory } from '../../db/queries/categories.ts'
import type { AppDeps, AppEnv } from '../../deps.ts'
import { jsonBody } from '../../middleware/json-body.ts'
import { pathParams } from '../../middleware/path-params.ts'

export function adminCategoryRoutes(deps: AppDeps) {
  const app = new Hono<AppEnv>()

  app.get('/', async (c) => c.json<AdminCategory[]>(await listAllCategories(deps.db)))

  app.patch('/:id', pathParams(categoryIdParamSchema), jsonBody(categoryUpdateSchema), async (c) => {
    const { id } = c.req.valid('param')
    const input = c.req.valid('json')
    const now = deps.clock.now().toISOString()
    await deps.db.transaction(async (tx) => {
      if (!(await updateCategory(tx, id, input))) throw new ApiError(404, 'not_found', 'No such category')
      await appendAudit(tx, { at: now, actor: c.get('user').username, action: 'category_changed', target: id, detail: input })
    })
    return c.json<AdminCategory>((await listAllCategories(deps.db)).find((cat) => cat.id === id)!)
  })

  return app
}
