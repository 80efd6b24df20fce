// The sweep behind case.ack_overdue and case.overdue: each case is alerted
// once, when it crosses the line. Only cases that crossed it within the
// last day are looked at, so a first start on an old database, or a channel
// created later, does not flood anyone with the past.
import type { AlertEvent } from '../../shared/alert-schemas.ts'
import { isConflictOfInterest } from '../auth/scope.ts'
import { moment } from '../cases/case-summary.ts'
import { isHiddenFromAnyone } from '../db/queries/hidden-from.ts'
import { markAlerted, newlyOverdue, newlyUnacknowledged, type DeadlineCase } from '../db/queries/alert-cases.ts'
import type { AppDeps } from '../deps.ts'
import { caseFacts } from './case-facts.ts'
import { enqueueCaseAlert } from './enqueue-alerts.ts'

const LOOK_BACK_MS = 24 * 3600_000

export async function sweepDeadlineAlerts(deps: Pick<AppDeps, 'db' | 'clock' | 'calendar' | 'config'>): Promise<number> {
  const now = deps.clock.now()
  const m = moment(now, deps.calendar.get())
  const overdue = await newlyOverdue(deps.db, new Date(now.getTime() - LOOK_BACK_MS).toISOString(), m.now, 'case.overdue')
  const late = await newlyUnacknowledged(deps.db, new Date(Date.parse(m.ackCutoff) - LOOK_BACK_MS).toISOString(), m.ackCutoff, 'case.ack_overdue')
  let alerted = 0
  const raise = async (event: AlertEvent, c: DeadlineCase) => {
    const did = await deps.db.transaction(async (tx) => {
      if (!(await markAlerted(tx, c.id, event, m.now))) return false
      await enqueueCaseAlert(tx, {
        event,
        facts: caseFacts(c),
        conflict: isConflictOfInterest(c, await isHiddenFromAnyone(tx, c.id)),
        at: m.now,
      })
      return true
    })
    if (did) alerted++
  }
  for (const c of overdue) await raise('case.overdue', c)
  for (const c of late) await raise('case.ack_overdue', c)
  return alerted
}
