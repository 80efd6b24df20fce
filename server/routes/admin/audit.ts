import { Hono } from 'hono'
import type { AuditPage } from '../../../shared/audit-names.ts'
import { namesForAudit } from '../../audit/audit-names.ts'
import { auditQuerySchema } from '../../../shared/staff-schemas.ts'
import { listAudit } from '../../db/queries/audit.ts'
import type { AppDeps, AppEnv } from '../../deps.ts'
import { queryParams } from '../../middleware/query-params.ts'

const PAGE_SIZE = 50

export function adminAuditRoutes(deps: AppDeps) {
  const app = new Hono<AppEnv>()
  app.get('/', queryParams(auditQuerySchema), async (c) => {
    const { page = 1, action, actor } = c.req.valid('query')
    const { items, total } = await listAudit(deps.db, { action, actor, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE })
    return c.json<AuditPage>({ items, total, page, pageSize: PAGE_SIZE, names: await namesForAudit(deps.db, items) })
  })
  return app
}
