// The server's timers. Every second the alert outbox is emptied, so an
// alert leaves within seconds of its event; once a minute the sweeps run:
// deadline alerts, the morning digest, the auto-close of resolved cases
// nobody answered (issue 11), the expiry of held submissions (issue 13) and
// the retention purge of old closed cases (issue 15) and the catch-up of
// the store table's time-dependent orders (issue 14). Rounds run one after another, never
// overlapping; an error is logged and the next round tries again.
import { deliverDue } from './alerts/delivery-worker.ts'
import { queueDailyDigest } from './alerts/daily-digest.ts'
import { sweepDeadlineAlerts } from './alerts/deadline-alerts.ts'
import { autoCloseResolved } from './cases/auto-close.ts'
import type { AppDeps } from './deps.ts'
import { sweepQuarantine } from './quarantine/sweep.ts'
import { purgeExpiredCases } from './retention/purge-cases.ts'
import { moment } from './cases/case-summary.ts'
import { catchUpSortKeys } from './stats/sort-keys.ts'

const TICK_MS = 1000
const SWEEP_EVERY_TICKS = 60

export interface BackgroundJobs {
  /** Waits for the running round to finish; no round starts after. */
  stop(): Promise<void>
}

export function startBackgroundJobs(deps: Pick<AppDeps, 'db' | 'clock' | 'calendar' | 'config'>): BackgroundJobs {
  let stopped = false
  let tick = 0
  let timer: NodeJS.Timeout | undefined
  let running: Promise<void> = Promise.resolve()

  const job = async (name: string, work: () => Promise<unknown>) => {
    try {
      await work()
    } catch (err) {
      console.error(`background job "${name}" failed:`, err)
    }
  }
  const round = async () => {
    // After a restart everything still pending is tried at once: the
    // receiver may be back, which is often why the server was restarted.
    await job('deliveries', () => deliverDue(deps, { ignoreBackoff: tick === 0 }))
    if (tick % SWEEP_EVERY_TICKS === 0) {
      // Another instance may have changed the working days (issue 14).
      await job('calendar', () => deps.calendar.refresh())
      await job('deadline alerts', () => sweepDeadlineAlerts(deps))
      await job('daily digest', () => queueDailyDigest(deps))
      await job('auto-close', () => autoCloseResolved(deps))
      await job('quarantine expiry', () => sweepQuarantine(deps.db, deps.clock))
      await job('retention', () => purgeExpiredCases(deps))
      // The store table's time-dependent orders, moved on here so a sorted read rarely has much to do.
      await job('store sort keys', () => catchUpSortKeys(deps.db, moment(deps.clock.now(), deps.calendar.get())))
    }
    tick++
  }
  const schedule = (delay: number) => {
    if (stopped) return
    timer = setTimeout(() => {
      running = round().finally(() => schedule(TICK_MS))
    }, delay)
  }
  schedule(0)

  return {
    async stop() {
      stopped = true
      clearTimeout(timer)
      await running
    },
  }
}
