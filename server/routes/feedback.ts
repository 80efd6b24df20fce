import { createHash } from 'node:crypto'
import { Hono } from 'hono'
import type { FeedbackAccepted } from '../../shared/api-types.ts'
import { receiptFromId } from '../../shared/receipt.ts'
import { feedbackInputSchema, type FeedbackInput } from '../../shared/schemas.ts'
import { addWorkingDays } from '../../shared/working-days.ts'
import { ApiError } from '../api-error.ts'
import { getActiveCategory } from '../db/queries/categories.ts'
import { getFeedback, getFeedbackByReceipt, insertFeedback } from '../db/queries/feedback.ts'
import { quarantineFeedback } from '../db/queries/quarantine.ts'
import { getStore } from '../db/queries/stores.ts'
import type { AppDeps, AppEnv } from '../deps.ts'
import { authenticateDevice } from '../devices/pairing.ts'
import { botSignal } from '../limits/bot-signals.ts'
import { jsonBody } from '../middleware/json-body.ts'
import { DEVICE_TOKEN_HEADER } from '../../shared/device-token.ts'
import { enforceStoreLimit } from '../middleware/rate-limits.ts'

// A kiosk's clock may run a little fast; anything further ahead is a bug or a forgery.
const MAX_CLOCK_SKEW_MS = 10 * 60_000

export function feedbackRoutes(deps: AppDeps) {
  const app = new Hono<AppEnv>()

  app.post('/', jsonBody(feedbackInputSchema), async (c) => {
    const input = c.req.valid('json')
    // A store tablet identifies itself; once revoked it may not submit, and
    // answering 403 tells it to stop (it keeps its outbox for staff).
    const deviceToken = c.req.header(DEVICE_TOKEN_HEADER)
    if (deviceToken !== undefined) await authenticateDevice(deps.db, deviceToken)
    const now = deps.clock.now()
    if (Date.parse(input.createdAt) > now.getTime() + MAX_CLOCK_SKEW_MS) {
      throw new ApiError(400, 'validation_failed', 'createdAt is in the future', { createdAt: 'in_future' })
    }
    const category = await getActiveCategory(deps.db, input.category)
    if (!category) throw new ApiError(400, 'validation_failed', 'Unknown category', { category: 'unknown' })
    if (category.kind !== input.kind) {
      throw new ApiError(400, 'validation_failed', `Category ${category.id} is not for ${input.kind}`, { category: 'kind_mismatch' })
    }
    const storeCode = input.storeCode ?? null
    if (storeCode !== null && !(await getStore(deps.db, storeCode))) {
      throw new ApiError(404, 'store_not_found', 'No store has this station code', { storeCode: 'unknown' })
    }

    const receipt = receiptFromId(input.id)
    const payloadHash = hashPayload(input)
    const dueAt = addWorkingDays(now, category.slaDays, deps.calendar.get()).toISOString()
    const accepted = { id: input.id, receipt, status: 'new', dueAt, slaDays: category.slaDays } satisfies FeedbackAccepted

    // A suspected bot gets the answer a person would, so it cannot tell it
    // was caught; its text is kept apart, out of the cases and the counts.
    const signal = botSignal(input, deps.config.minFillMs)
    if (signal) {
      const { hp: _hp, ...kept } = input
      await deps.db.transaction((tx) =>
        quarantineFeedback(tx, { id: input.id, reason: signal, storeCode, payload: JSON.stringify(kept), receivedAt: now.toISOString() }),
      )
      return c.json(accepted, 201)
    }
    enforceStoreLimit(c, deps, storeCode)

    const result = await deps.db.transaction(async (tx) => {
      const existing = await getFeedback(tx, input.id)
      if (existing) {
        // A retry of what we already stored: answer as before, store nothing.
        if (existing.payloadHash !== payloadHash) {
          throw new ApiError(409, 'id_reused', 'This id was already used for a different submission')
        }
        return { created: false, status: existing.status, dueAt: existing.dueAt }
      }
      // Two ids that share their first 65 random bits: astronomically unlikely
      // unless a client copies another's id on purpose.
      if (await getFeedbackByReceipt(tx, receipt)) {
        throw new ApiError(409, 'conflict', 'This id collides with another submission; send it with a new id')
      }
      const anonymous = input.anonymous === true
      await insertFeedback(tx, {
        id: input.id,
        receipt,
        payloadHash,
        storeCode,
        kind: input.kind,
        categoryId: category.id,
        message: input.message,
        contactName: anonymous ? null : input.contact?.name || null,
        contactPhone: anonymous ? null : input.contact?.phone || null,
        anonymous,
        channel: input.channel,
        createdAt: new Date(input.createdAt).toISOString(),
        receivedAt: now.toISOString(),
        dueAt,
      })
      return { created: true, status: 'new' as const, dueAt }
    })
    return c.json(
      { id: input.id, receipt, status: result.status, dueAt: result.dueAt, slaDays: category.slaDays } satisfies FeedbackAccepted,
      result.created ? 201 : 200,
    )
  })

  return app
}

function hashPayload(input: FeedbackInput): string {
  const canonical = JSON.stringify([
    input.id,
    input.storeCode ?? null,
    input.kind,
    input.category,
    input.message,
    input.contact?.name ?? '',
    input.contact?.phone ?? '',
    input.anonymous === true,
    input.channel,
    input.createdAt,
  ])
  return createHash('sha256').update(canonical).digest('hex')
}
