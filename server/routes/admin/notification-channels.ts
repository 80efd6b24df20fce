// Notification channels (admin): where alerts go. Webhook targets in the
// centre's own network are refused unless NOTIFY_ALLOW_PRIVATE_TARGETS=1.
// A signing secret is answered once, when the server makes it; lists and
// edits say only whether a channel has one. Districts are matched by name
// when an alert is raised, so a name the registry lacks is refused here
// rather than leave the channel silent.
import { randomBytes } from 'node:crypto'
import { Hono } from 'hono'
import type { AlertChannelCreateInput } from '../../../shared/alert-schemas.ts'
import type { AlertChannelCreated, AlertChannelView } from '../../../shared/api-types.ts'
import { alertChannelCreateSchema, alertChannelUpdateSchema, targetFits } from '../../../shared/alert-schemas.ts'
import { ApiError } from '../../api-error.ts'
import { isPrivateTarget } from '../../alerts/private-target.ts'
import { appendAudit } from '../../db/queries/audit.ts'
import { unknownDistricts } from '../../db/queries/stores.ts'
import { deleteChannel, getChannel, insertChannel, listChannels, updateChannel, type AlertChannel } from '../../db/queries/notifications.ts'
import type { AppDeps, AppEnv } from '../../deps.ts'
import { numericIdParamSchema } from '../../../shared/loop-schemas.ts'
import { jsonBody } from '../../middleware/json-body.ts'
import { pathParams } from '../../middleware/path-params.ts'

export function adminNotificationChannelRoutes(deps: AppDeps) {
  const app = new Hono<AppEnv>()

  const checkTarget = async (type: AlertChannel['type'], target: string) => {
    if (!targetFits(type, target)) throw new ApiError(400, 'validation_failed', 'The target does not fit the channel type', { target: 'invalid' })
    if (type !== 'email' && !deps.config.notifyAllowPrivateTargets && (await isPrivateTarget(target))) {
      throw new ApiError(400, 'validation_failed', 'Targets in a private network need NOTIFY_ALLOW_PRIVATE_TARGETS=1', { target: 'not_allowed' })
    }
  }
  const checkDistricts = async (districts: readonly string[] | undefined) => {
    const unknown = new Set(await unknownDistricts(deps.db, districts ?? []))
    if (unknown.size === 0) return
    const fields = Object.fromEntries(districts!.flatMap((d, i) => (unknown.has(d) ? [[`districts.${i}`, 'unknown' as const]] : [])))
    throw new ApiError(400, 'validation_failed', 'No store of the registry lies in this district', fields)
  }
  const loadChannel = async (id: number) => {
    const channel = await getChannel(deps.db, id)
    if (!channel) throw new ApiError(404, 'not_found', 'No notification channel has this id')
    return channel
  }

  app.get('/', async (c) => c.json<AlertChannelView[]>(await listChannels(deps.db)))

  app.post('/', jsonBody(alertChannelCreateSchema), async (c) => {
    const input: AlertChannelCreateInput = c.req.valid('json')
    await checkTarget(input.type, input.target)
    await checkDistricts(input.districts)
    // A generic webhook is always signed: without a secret given, one is made and shown once here.
    const secret = input.secret || (input.type === 'webhook' ? randomBytes(24).toString('base64url') : '')
    const now = deps.clock.now().toISOString()
    const id = await deps.db.transaction(async (tx) => {
      const added = await insertChannel(tx, { ...input, districts: input.districts ?? [], digestBy: input.digestBy ?? 'district', secret, active: input.active ?? true }, now)
      await appendAudit(tx, { at: now, actor: c.get('user').username, action: 'notification_channel_changed', target: String(added), detail: { type: input.type, events: input.events } })
      return added
    })
    return c.json<AlertChannelCreated>({ id, ...(secret && !input.secret && { secret }) }, 201)
  })

  app.patch('/:id', pathParams(numericIdParamSchema), jsonBody(alertChannelUpdateSchema), async (c) => {
    const channel = await loadChannel(c.req.valid('param').id)
    const input = c.req.valid('json')
    const next = { ...channel, ...input }
    if (input.target !== undefined) await checkTarget(channel.type, next.target)
    await checkDistricts(input.districts)
    const now = deps.clock.now().toISOString()
    await deps.db.transaction(async (tx) => {
      await updateChannel(tx, channel.id, next, now)
      await appendAudit(tx, { at: now, actor: c.get('user').username, action: 'notification_channel_changed', target: String(channel.id), detail: { ...input, ...(input.secret !== undefined && { secret: '***' }) } })
    })
    return c.json<AlertChannelView>((await getChannel(deps.db, channel.id))!)
  })

  app.delete('/:id', pathParams(numericIdParamSchema), async (c) => {
    const channel = await loadChannel(c.req.valid('param').id)
    const now = deps.clock.now().toISOString()
    await deps.db.transaction(async (tx) => {
      await deleteChannel(tx, channel.id, now)
      await appendAudit(tx, { at: now, actor: c.get('user').username, action: 'notification_channel_changed', target: String(channel.id), detail: { deleted: true } })
    })
    return c.body(null, 204)
  })

  return app
}
