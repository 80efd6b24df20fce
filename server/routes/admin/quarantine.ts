// Held submissions (issue 13): the list, release into a case, discard.
// Admin and staff only (route-roles.ts); every answer carries reporter text.
import { Hono } from 'hono'
import * as v from 'valibot'
import type { HeldSubmission, Page } from '../../../shared/api-types.ts'
import type { FeedbackInput } from '../../../shared/schemas.ts'
import { caseIdParamSchema } from '../../../shared/staff-schemas.ts'
import { maskPhone } from '../../../shared/mask.ts'
import { countQuarantined, listQuarantined, QUARANTINE_DAYS } from '../../db/queries/quarantine.ts'
import type { AppDeps, AppEnv } from '../../deps.ts'
import { pathParams } from '../../middleware/path-params.ts'
import { queryParams } from '../../middleware/query-params.ts'
import { discardHeld, releaseHeld } from '../../quarantine/work-held.ts'

const PAGE_SIZE = 50
const listQuery = v.object({ page: v.optional(v.pipe(v.string(), v.toNumber(), v.integer(), v.minValue(1), v.maxValue(10_000))) })

export function adminQuarantineRoutes(deps: AppDeps) {
  const app = new Hono<AppEnv>()

  app.get('/', queryParams(listQuery), async (c) => {
    const page = c.req.valid('query').page ?? 1
    const { items, total } = await listQuarantined(deps.db, PAGE_SIZE, (page - 1) * PAGE_SIZE)
    return c.json<Page<HeldSubmission> & { keptDays: number }>({
      items: items.map((q) => {
        const input = JSON.parse(q.payload) as FeedbackInput
        return {
          id: q.id,
          receipt: q.receipt,
          reason: q.reason,
          storeCode: q.storeCode,
          kind: input.kind,
          category: input.category,
          message: input.message,
          channel: input.channel,
          hasContact: !!(input.contact?.name || input.contact?.phone) && input.anonymous !== true,
          maskedPhone: input.contact?.phone && input.anonymous !== true ? maskPhone(input.contact.phone) : null,
          receivedAt: q.receivedAt,
        }
      }),
      total,
      page,
      pageSize: PAGE_SIZE,
      keptDays: QUARANTINE_DAYS,
    })
  })

  app.get('/count', async (c) => c.json({ count: await countQuarantined(deps.db) }))

  app.post('/:id/release', pathParams(caseIdParamSchema), async (c) =>
    c.json(await releaseHeld(deps, c.req.valid('param').id, c.get('user')), 201),
  )

  app.post('/:id/discard', pathParams(caseIdParamSchema), async (c) => {
    await discardHeld(deps, c.req.valid('param').id, c.get('user'))
    return c.json({ ok: true })
  })

  return app
}
