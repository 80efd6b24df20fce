// Held submissions are deleted QUARANTINE_DAYS after they arrived, by the
// server's once-a-minute sweeps (background-jobs.ts; issue 13: before, only
// the next bot's arrival purged them).
import type { Clock } from '../clock.ts'
import type { Queryable } from '../db/database.ts'
import { deleteQuarantinedBefore, QUARANTINE_DAYS } from '../db/queries/quarantine.ts'

export async function sweepQuarantine(db: Queryable, clock: Clock): Promise<number> {
  const cutoff = new Date(clock.now().getTime() - QUARANTINE_DAYS * 86_400_000).toISOString()
  return deleteQuarantinedBefore(db, cutoff)
}
