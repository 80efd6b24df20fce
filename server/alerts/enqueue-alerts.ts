// Queues the alerts an event causes, inside the transaction of the event
// itself (the outbox pattern): one outbox row per channel that takes the
// event, covers the case's district and may see the case.
import { randomUUID } from 'node:crypto'
import type { AlertEvent } from '../../shared/alert-schemas.ts'
import type { Queryable } from '../db/database.ts'
import { enqueueDelivery, listChannels, type AlertChannel } from '../db/queries/notifications.ts'
import type { AlertPayload, CaseFacts } from './alert-message.ts'
import { channelMaySee } from './alert-audience.ts'

export interface CaseAlert {
  event: AlertEvent
  facts: CaseFacts
  /** The case is a conflict of interest for supervisors (see alert-audience.ts). */
  conflict: boolean
  at: string
  /** Set for alerts a sweep may raise again: the same key is queued once per channel. */
  onceKey?: string
}

const covers = (channel: AlertChannel, district: string | null) =>
  channel.districts.length === 0 || (district !== null && channel.districts.includes(district))

/** `channels`: the channels already read in this transaction, if they were. */
export async function enqueueCaseAlert(tx: Queryable, alert: CaseAlert, channels?: AlertChannel[]): Promise<number> {
  let queued = 0
  for (const channel of channels ?? (await listChannels(tx))) {
    if (!channel.active || !channel.events.includes(alert.event)) continue
    if (!covers(channel, alert.facts.district) || !channelMaySee(channel, alert)) continue
    const payload: AlertPayload = { occurredAt: alert.at, case: alert.facts }
    const added = await enqueueDelivery(tx, {
      id: randomUUID(),
      channelId: channel.id,
      event: alert.event,
      dedupeKey: alert.onceKey ? `${alert.onceKey}:${channel.id}` : null,
      payload: JSON.stringify(payload),
      now: alert.at,
    })
    if (added) queued++
  }
  return queued
}
