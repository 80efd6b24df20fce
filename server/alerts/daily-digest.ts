// The morning digest (digest.daily): at 08:30 China time on each working day
// of the holiday calendar, every channel that takes it gets, per district it
// covers (or per store supervisor in those districts, as the channel says),
// what is new since the previous digest, overdue, due today and not yet
// acknowledged. After a holiday, "new" reaches back to the last working
// day's digest, so nothing received over the holiday is missed.
import { randomUUID } from 'node:crypto'
import { addDays, chinaDate, chinaDayEnd, chinaDayStart } from '../../shared/china-time.ts'
import { isWorkingDay, type HolidayCalendar } from '../../shared/working-days.ts'
import { moment } from '../cases/case-summary.ts'
import { digestCounts } from '../db/queries/alert-cases.ts'
import { deliveryQueued, enqueueDelivery, listChannels, type AlertChannel } from '../db/queries/notifications.ts'
import type { AppDeps } from '../deps.ts'
import type { AlertPayload, DigestFacts } from './alert-message.ts'

const DIGEST_AFTER_MIDNIGHT_MS = (8 * 60 + 30) * 60_000

/** 08:30 China time of a China date, as an instant. */
const digestAt = (date: string) => new Date(chinaDayStart(date).getTime() + DIGEST_AFTER_MIDNIGHT_MS)

/** The digest time of the last working day before `date`. */
export function previousDigestAt(date: string, cal: HolidayCalendar): Date {
  let day = addDays(date, -1)
  while (!isWorkingDay(day, cal)) day = addDays(day, -1)
  return digestAt(day)
}

/** The digest facts for `date` seen at `now`, for a channel's districts (empty: all) and counted as it says. */
export async function buildDigest(
  deps: Pick<AppDeps, 'db' | 'calendar' | 'config'>,
  date: string,
  now: Date,
  { districts, digestBy }: Pick<AlertChannel, 'districts' | 'digestBy'>,
): Promise<DigestFacts> {
  const cal = deps.calendar.get()
  const m = moment(now, cal)
  const dayEnd = chinaDayEnd(date).toISOString()
  const since = previousDigestAt(date, cal).toISOString()
  const rows = await digestCounts(deps.db, { since, now: m.now, dayEnd, ackCutoff: m.ackCutoff }, digestBy)
  return {
    date,
    since,
    rows: districts.length === 0 ? rows : rows.filter((r) => r.district !== null && districts.includes(r.district)),
  }
}

/** Queues today's digest for every channel that takes it, once, when it is due; returns how many it queued. */
export async function queueDailyDigest(deps: Pick<AppDeps, 'db' | 'clock' | 'calendar' | 'config'>): Promise<number> {
  const now = deps.clock.now()
  const date = chinaDate(now)
  if (!isWorkingDay(date, deps.calendar.get()) || now < digestAt(date)) return 0
  const channels = (await listChannels(deps.db)).filter((c) => c.active && c.events.includes('digest.daily'))
  let queued = 0
  for (const channel of channels) {
    const dedupeKey = `digest.daily:${date}:${channel.id}`
    if (await deliveryQueued(deps.db, dedupeKey)) continue
    const digest = await buildDigest(deps, date, now, channel)
    const payload: AlertPayload = { occurredAt: now.toISOString(), digest }
    const added = await deps.db.transaction((tx) =>
      enqueueDelivery(tx, {
        id: randomUUID(),
        channelId: channel.id,
        event: 'digest.daily',
        dedupeKey,
        payload: JSON.stringify(payload),
        now: now.toISOString(),
      }),
    )
    if (added) queued++
  }
  return queued
}
