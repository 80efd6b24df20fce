// Reply templates: read by everyone who works cases, kept by admins.
import { Hono } from 'hono'
import { numericIdParamSchema, templateCreateSchema, templateUpdateSchema } from '../../../shared/loop-schemas.ts'
import { ApiError } from '../../api-error.ts'
import { appendAudit } from '../../db/queries/audit.ts'
import type { ReplyTemplate } from '../../../shared/api-types.ts'
import { deleteTemplate, getTemplate, insertTemplate, listTemplates, updateTemplate } from '../../db/queries/reply-templates.ts'
import type { AppDeps, AppEnv } from '../../deps.ts'
import { jsonBody } from '../../middleware/json-body.ts'
import { pathParams } from '../../middleware/path-params.ts'

export function adminReplyTemplateRoutes(deps: AppDeps) {
  const app = new Hono<AppEnv>()

  const load = async (id: number) => {
    const template = await getTemplate(deps.db, id)
    if (!template) throw new ApiError(404, 'not_found', 'No reply template has this id')
    return template
  }

  app.get('/', async (c) => c.json<ReplyTemplate[]>(await listTemplates(deps.db)))

  app.post('/', jsonBody(templateCreateSchema), async (c) => {
    const input = c.req.valid('json')
    const now = deps.clock.now().toISOString()
    const id = await deps.db.transaction(async (tx) => {
      const added = await insertTemplate(tx, input, now)
      await appendAudit(tx, { at: now, actor: c.get('user').username, action: 'reply_template_changed', target: String(added), detail: { title: input.title } })
      return added
    })
    return c.json<ReplyTemplate>({ id, ...input }, 201)
  })

  app.patch('/:id', pathParams(numericIdParamSchema), jsonBody(templateUpdateSchema), async (c) => {
    const next = { ...(await load(c.req.valid('param').id)), ...c.req.valid('json') }
    const now = deps.clock.now().toISOString()
    await deps.db.transaction(async (tx) => {
      await updateTemplate(tx, next, now)
      await appendAudit(tx, { at: now, actor: c.get('user').username, action: 'reply_template_changed', target: String(next.id), detail: { title: next.title } })
    })
    return c.json<ReplyTemplate>(next)
  })

  app.delete('/:id', pathParams(numericIdParamSchema), async (c) => {
    const template = await load(c.req.valid('param').id)
    const now = deps.clock.now().toISOString()
    await deps.db.transaction(async (tx) => {
      await deleteTemplate(tx, template.id)
      await appendAudit(tx, { at: now, actor: c.get('user').username, action: 'reply_template_changed', target: String(template.id), detail: { deleted: true } })
    })
    return c.body(null, 204)
  })

  return app
}
