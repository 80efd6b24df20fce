// Notification channels, the alert outbox and the log of delivery attempts.
import type { AlertEvent, DeliveryStatus } from '../../../shared/alert-schemas.ts'
import type { AlertChannelView } from '../../../shared/api-types.ts'
import type { Param, Queryable } from '../database.ts'

/** A channel as listed: its signing secret stays in the table (only `hasSecret` says it is there). */
export type AlertChannel = AlertChannelView

/** A channel with its signing secret, read only to send an alert. */
export interface SendingChannel extends AlertChannel {
  secret: string
}

interface ChannelRow extends Omit<AlertChannel, 'events' | 'districts' | 'active' | 'hasSecret'> {
  events: string
  districts: string
  active: number
  hasSecret: number
}

const CHANNEL_COLUMNS = `id, type, target, events, districts, digest_by AS digestBy, CASE WHEN secret <> '' THEN 1 ELSE 0 END AS hasSecret,
  active, created_at AS createdAt, updated_at AS updatedAt`
const CHANNEL_SELECT = `SELECT ${CHANNEL_COLUMNS} FROM notification_channels`

const toChannel = (r: ChannelRow): AlertChannel => ({
  ...r,
  events: JSON.parse(r.events) as AlertEvent[],
  districts: JSON.parse(r.districts) as string[],
  hasSecret: Number(r.hasSecret) === 1,
  active: r.active === 1,
})

/** The channels not deleted. */
export async function listChannels(db: Queryable): Promise<AlertChannel[]> {
  return (await db.all<ChannelRow>(`${CHANNEL_SELECT} WHERE deleted = 0 ORDER BY id`)).map(toChannel)
}

export async function getChannel(db: Queryable, id: number): Promise<AlertChannel | undefined> {
  const row = await db.get<ChannelRow>(`${CHANNEL_SELECT} WHERE id = ? AND deleted = 0`, [id])
  return row && toChannel(row)
}

/** The channel with its secret, for the delivery worker to sign with; nothing else reads the secret. */
export async function getChannelToSend(db: Queryable, id: number): Promise<SendingChannel | undefined> {
  const row = await db.get<ChannelRow & { secret: string }>(`SELECT ${CHANNEL_COLUMNS}, secret FROM notification_channels WHERE id = ? AND deleted = 0`, [id])
  return row && { ...toChannel(row), secret: row.secret }
}

export async function insertChannel(
  tx: Queryable,
  c: Pick<SendingChannel, 'type' | 'target' | 'events' | 'districts' | 'digestBy' | 'secret' | 'active'>,
  now: string,
): Promise<number> {
  const r = await tx.run(
    `INSERT INTO notification_channels (type, target, events, districts, digest_by, secret, active, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    [c.type, c.target, JSON.stringify(c.events), JSON.stringify(c.districts), c.digestBy, c.secret, c.active ? 1 : 0, now, now],
  )
  return r.lastID
}

/** Without `secret` the channel keeps the one it has. */
export async function updateChannel(
  tx: Queryable,
  id: number,
  c: Pick<AlertChannel, 'target' | 'events' | 'districts' | 'digestBy' | 'active'> & { secret?: string | undefined },
  now: string,
): Promise<void> {
  await tx.run(
    `UPDATE notification_channels SET target = ?, events = ?, districts = ?, digest_by = ?, secret = COALESCE(?, secret), active = ?, updated_at = ? WHERE id = ?`,
    [c.target, JSON.stringify(c.events), JSON.stringify(c.districts), c.digestBy, c.secret ?? null, c.active ? 1 : 0, now, id],
  )
}

/** The row stays (its deliveries refer to it); the channel is gone from every list and sends nothing more. */
export async function deleteChannel(tx: Queryable, id: number, now: string): Promise<void> {
  await tx.run('UPDATE notification_channels SET deleted = 1, active = 0, updated_at = ? WHERE id = ?', [now, id])
}

export interface NewDelivery {
  id: string
  channelId: number
  event: AlertEvent
  dedupeKey: string | null
  payload: string
  now: string
}

/** Queues one alert; a second alert with the same dedupe key is dropped. Returns whether it was queued. */
export async function enqueueDelivery(tx: Queryable, d: NewDelivery): Promise<boolean> {
  const r = await tx.run(
    `INSERT INTO notification_outbox (id, channel_id, event, dedupe_key, payload, next_attempt_at, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`,
    [d.id, d.channelId, d.event, d.dedupeKey, d.payload, d.now, d.now],
  )
  return r.changes > 0
}

export interface PendingDelivery {
  id: string
  channelId: number
  event: AlertEvent
  payload: string
  attempts: number
  createdAt: string
}

/** Pending deliveries due at `now` (null: every pending one), oldest first. */
/**
 * Claims up to `limit` pending deliveries due at `now` (all pending ones
 * when `ignoreBackoff`) that no instance holds, until `claimUntil`: run in
 * a write transaction, which is serialised across instances, so two
 * instances never claim the same delivery.
 */
export async function claimDueDeliveries(
  tx: Queryable,
  opts: { now: string; ignoreBackoff: boolean; claimUntil: string; limit: number },
): Promise<PendingDelivery[]> {
  const due = await tx.all<PendingDelivery>(
    `SELECT id, channel_id AS channelId, event, payload, attempts, created_at AS createdAt FROM notification_outbox
     WHERE status = 'pending' AND (claimed_until IS NULL OR claimed_until <= ?)${opts.ignoreBackoff ? '' : ' AND next_attempt_at <= ?'}
     ORDER BY next_attempt_at, id LIMIT ?`,
    opts.ignoreBackoff ? [opts.now, opts.limit] : [opts.now, opts.now, opts.limit],
  )
  for (const d of due) await tx.run('UPDATE notification_outbox SET claimed_until = ? WHERE id = ?', [opts.claimUntil, d.id])
  return due
}

export async function deliveryQueued(db: Queryable, dedupeKey: string): Promise<boolean> {
  return (await db.get<{ one: number }>('SELECT 1 AS one FROM notification_outbox WHERE dedupe_key = ?', [dedupeKey])) !== undefined
}

export interface AttemptOutcome {
  ok: boolean
  httpStatus: number | null
  error: string | null
}

/** Logs an attempt and moves the delivery on: delivered, retried at `nextAt`, or failed for good (`nextAt` null). */
export async function recordAttempt(tx: Queryable, id: string, at: string, outcome: AttemptOutcome, nextAt: string | null): Promise<void> {
  await tx.run('INSERT INTO notification_attempts (delivery_id, attempted_at, ok, http_status, error) VALUES (?, ?, ?, ?, ?)', [
    id,
    at,
    outcome.ok ? 1 : 0,
    outcome.httpStatus,
    outcome.error,
  ])
  if (outcome.ok) {
    await tx.run(`UPDATE notification_outbox SET status = 'delivered', attempts = attempts + 1, delivered_at = ?, claimed_until = NULL WHERE id = ?`, [at, id])
  } else if (nextAt === null) {
    await tx.run(`UPDATE notification_outbox SET status = 'failed', attempts = attempts + 1, claimed_until = NULL WHERE id = ?`, [id])
  } else {
    await tx.run('UPDATE notification_outbox SET attempts = attempts + 1, next_attempt_at = ?, claimed_until = NULL WHERE id = ?', [nextAt, id])
  }
}

export interface DeliveryLogRow {
  id: string
  channelId: number
  event: AlertEvent
  status: DeliveryStatus
  createdAt: string
  deliveredAt: string | null
  attempts: { at: string; ok: boolean; httpStatus: number | null; error: string | null }[]
}

export async function listDeliveries(
  db: Queryable,
  f: { channelId?: number | undefined; status?: DeliveryStatus | undefined; limit: number },
): Promise<DeliveryLogRow[]> {
  const where: string[] = []
  const params: Param[] = []
  if (f.channelId !== undefined) {
    where.push('channel_id = ?')
    params.push(f.channelId)
  }
  if (f.status !== undefined) {
    where.push('status = ?')
    params.push(f.status)
  }
  const rows = await db.all<Omit<DeliveryLogRow, 'attempts'>>(
    `SELECT id, channel_id AS channelId, event, status, created_at AS createdAt, delivered_at AS deliveredAt
     FROM notification_outbox ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY created_at DESC, id LIMIT ?`,
    [...params, f.limit],
  )
  if (rows.length === 0) return []
  const attempts = await db.all<{ deliveryId: string; at: string; ok: number; httpStatus: number | null; error: string | null }>(
    `SELECT delivery_id AS deliveryId, attempted_at AS at, ok, http_status AS httpStatus, error FROM notification_attempts
     WHERE delivery_id IN (${rows.map(() => '?').join(', ')}) ORDER BY id`,
    rows.map((r) => r.id),
  )
  return rows.map((r) => ({
    ...r,
    attempts: attempts.filter((a) => a.deliveryId === r.id).map((a) => ({ at: a.at, ok: a.ok === 1, httpStatus: a.httpStatus, error: a.error })),
  }))
}
