// A resolved case the reporter never answers closes itself after
// CONFIRM_DAYS working days (issue 11), with a timeline event saying so and
// counted as "no answer" in the store's confirmation figures (a praise,
// never asked, is not). A timer in main.ts runs the sweep; tests call it
// with their own clock.
import { addDays, chinaDate, chinaDayStart } from '../../shared/china-time.ts'
import { asksIfFixed } from '../../shared/lifecycle.ts'
import { addWorkingDays, type HolidayCalendar } from '../../shared/working-days.ts'
import { addEvent, touchBySystem } from '../db/queries/case-changes.ts'
import { resolvedBefore } from '../db/queries/confirmations.ts'
import { countOutcome } from '../stats/satisfaction.ts'
import { getFeedback } from '../db/queries/feedback.ts'
import type { AppDeps } from '../deps.ts'
import { moveStatus } from './move-status.ts'

// Closed in batches so one sweep never holds the writer for long.
const BATCH = 200

/**
 * The earliest resolved_at that is still inside its window: a case resolved
 * on China day D waits until the end of the `days`-th working day after D
 * (the same rule as a deadline), so every case resolved before the start of
 * the day after the last such D whose window has ended may close.
 */
export function autoCloseCutoff(now: Date, days: number, cal: HolidayCalendar): string {
  let day = chinaDate(now)
  while (addWorkingDays(chinaDayStart(day), days, cal) >= now) day = addDays(day, -1)
  return chinaDayStart(addDays(day, 1)).toISOString()
}

/** Closes every resolved case past its window; returns how many it closed. */
export async function autoCloseResolved(deps: Pick<AppDeps, 'db' | 'clock' | 'calendar' | 'config'>): Promise<number> {
  const nowDate = deps.clock.now()
  const now = nowDate.toISOString()
  const cutoff = autoCloseCutoff(nowDate, deps.config.confirmDays, deps.calendar.get())
  let closed = 0
  for (;;) {
    const ids = await resolvedBefore(deps.db, cutoff, BATCH)
    for (const id of ids) {
      const didClose = await deps.db.transaction(async (tx) => {
        const current = await getFeedback(tx, id)
        // Answered or reopened since the list was read: nothing to do.
        if (!current || current.status !== 'resolved') return false
        await moveStatus(tx, current, 'closed', now)
        await touchBySystem(tx, id, now)
        await addEvent(tx, { feedbackId: id, userId: null, type: 'auto_closed', data: { days: deps.config.confirmDays }, at: now })
        // A praise was never asked whether it was fixed: no answer is missing.
        if (asksIfFixed(current.kind, current.status)) await countOutcome(tx, current.storeCode, 'auto_closed', null)
        return true
      })
      if (didClose) closed++
    }
    if (ids.length < BATCH) return closed
  }
}
