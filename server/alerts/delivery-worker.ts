// Sends what the outbox holds. Each due delivery is attempted, the attempt
// logged, and the delivery marked delivered, or retried later with a
// growing pause, until a day after it was queued; then it is failed. A
// restart loses nothing (the outbox is in the database) and a delivery that
// was sent but not yet marked is sent again with the same delivery id, which
// the receiver uses to drop the repeat. Several instances share the
// outbox: each sends only the deliveries it claimed (issue 14).
import type { AppDeps } from '../deps.ts'
import { claimDueDeliveries, getChannelToSend, recordAttempt } from '../db/queries/notifications.ts'
import { sendAlert } from './send-alert.ts'

const RETRY_FOR_MS = 24 * 3600_000
/** Pauses after the 1st, 2nd, … failed attempt; the last repeats. */
const BACKOFF_MS = [30_000, 60_000, 5 * 60_000, 15 * 60_000, 30 * 60_000, 60 * 60_000, 2 * 3600_000]
const BATCH = 20
// Longer than a batch of sends can take; a claim left by a crashed instance lapses after it.
const CLAIM_MS = 5 * 60_000

export function nextAttemptAt(createdAt: string, attemptsSoFar: number, now: Date): string | null {
  const pause = BACKOFF_MS[Math.min(attemptsSoFar, BACKOFF_MS.length - 1)]!
  const next = now.getTime() + pause
  return next > Date.parse(createdAt) + RETRY_FOR_MS ? null : new Date(next).toISOString()
}

/** Attempts every delivery that is due now; returns how many it attempted. */
export async function deliverDue(deps: Pick<AppDeps, 'db' | 'clock' | 'config'>, opts: { ignoreBackoff?: boolean } = {}): Promise<number> {
  const now = deps.clock.now()
  const claim = { now: now.toISOString(), ignoreBackoff: opts.ignoreBackoff ?? false, claimUntil: new Date(now.getTime() + CLAIM_MS).toISOString(), limit: BATCH }
  const due = await deps.db.transaction((tx) => claimDueDeliveries(tx, claim))
  for (const delivery of due) {
    const channel = await getChannelToSend(deps.db, delivery.channelId)
    const outcome = channel
      ? await sendAlert(deps.config, channel, delivery)
      : { ok: false, httpStatus: null, error: 'channel_deleted' }
    const at = deps.clock.now()
    // A deleted channel is not retried.
    const next = outcome.ok || !channel ? null : nextAttemptAt(delivery.createdAt, delivery.attempts, at)
    await deps.db.transaction((tx) => recordAttempt(tx, delivery.id, at.toISOString(), outcome, next))
  }
  return due.length
}
