import { Hono } from 'hono'
import * as v from 'valibot'
import { AUDIT_ACTIONS, type AuditEntry, type Page } from '../../../shared/api-types.ts'
import { listAudit } from '../../db/queries/audit.ts'
import type { AppDeps, AppEnv } from '../../deps.ts'
import { queryParams } from '../../middleware/query-params.ts'

const PAGE_SIZE = 50

const auditQuery = v.object({
  page: v.optional(v.pipe(v.string(), v.regex(/^\d{1,7}$/, 'invalid'), v.transform(Number), v.minValue(1, 'invalid'))),
  action: v.optional(v.picklist(AUDIT_ACTIONS, 'invalid')),
  actor: v.optional(v.pipe(v.string(), v.maxLength(32, 'too_long'))),
})

export function adminAuditRoutes(deps: AppDeps) {
  const app = new Hono<AppEnv>()
  app.get('/', queryParams(auditQuery), async (c) => {
    const { page = 1, action, actor } = c.req.valid('query')
    const { items, total } = await listAudit(deps.db, { action, actor, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE })
    return c.json<Page<AuditEntry>>({ items, total, page, pageSize: PAGE_SIZE })
  })
  return app
}
