// Held submissions are deleted QUARANTINE_DAYS after they arrived, by a
// sweep on a timer (issue 13: before, only the next bot's arrival purged
// them). Once at start-up, then every SWEEP_EVERY_MS.
import type { Clock } from '../clock.ts'
import type { Queryable } from '../db/database.ts'
import { deleteQuarantinedBefore, QUARANTINE_DAYS } from '../db/queries/quarantine.ts'

export const SWEEP_EVERY_MS = 3600_000

export async function sweepQuarantine(db: Queryable, clock: Clock): Promise<number> {
  const cutoff = new Date(clock.now().getTime() - QUARANTINE_DAYS * 86_400_000).toISOString()
  return deleteQuarantinedBefore(db, cutoff)
}

/** Starts the timer; answers a function that stops it. A failed sweep is logged and tried again next time. */
export function startQuarantineSweep(db: Queryable, clock: Clock, everyMs = SWEEP_EVERY_MS): () => void {
  const run = () => void sweepQuarantine(db, clock).catch((err: unknown) => console.error('quarantine sweep failed', err))
  run()
  const timer = setInterval(run, everyMs)
  timer.unref()
  return () => clearInterval(timer)
}
