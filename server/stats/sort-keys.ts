// The store table's time-dependent sort keys (overdue, due soon, last 7
// days, the burst flag's counts and so attention) are kept in store_summary
// right "as of" one instant, stored in store_keys_as_of: writes change them
// consistently with that instant (rollups.ts), and this moves the instant on
// to a new moment. Only what the move changes is counted again: the stores
// with an open problem whose due date lies between the old and the new
// instant or end of the next working day (read through the partial index of
// open problems), and, when the China day changed, every store's day counts
// (from feedback_daily). It runs in the minute round and before a sorted
// read whose moment is not the stored one, so the order is exact.
import { addDays, chinaDate } from '../../shared/china-time.ts'
import type { Moment } from '../cases/case-summary.ts'
import type { Database } from '../db/database.ts'
import {
  anyOpenDueIn,
  keysAsOf,
  recountDeadlines,
  recountRecentDays,
  setKeysAsOf,
  storesWithOpenDueIn,
  type KeysAsOf,
} from '../db/queries/store-sort-keys.ts'

// Past this many stores to count again, one pass over every open problem is cheaper than a long IN list.
const RECOUNT_ALL_ABOVE = 500

function keysFor(m: Pick<Moment, 'now' | 'soonEnd'>): KeysAsOf {
  const day = chinaDate(m.now)
  return { at: m.now, soonEnd: m.soonEnd, day, weekFrom: addDays(day, -6), priorFrom: addDays(day, -28) }
}

/** The due dates whose overdue or due-soon standing differs between two instants (inclusive, so never one too few). */
function crossings(from: KeysAsOf, to: KeysAsOf): [string, string][] {
  const span = (a: string, b: string): [string, string] => (a <= b ? [a, b] : [b, a])
  return [span(from.at, to.at), span(from.soonEnd, to.soonEnd)]
}

const sameInstant = (a: KeysAsOf, b: KeysAsOf) => a.at === b.at && a.soonEnd === b.soonEnd

/**
 * Brings the sort keys to moment `m`. Nothing is written when no key
 * changes between the stored instant and `m` (the same China day, and no
 * open problem due in between): the keys are then right for both. Safe
 * with several instances: the work runs in a write transaction (on
 * PostgreSQL under the exclusive write lock, so no submission runs
 * beside it) and starts again from what is stored then.
 */
export async function catchUpSortKeys(db: Database, m: Pick<Moment, 'now' | 'soonEnd'>): Promise<void> {
  const to = keysFor(m)
  const stored = await keysAsOf(db)
  if (sameInstant(stored, to)) return
  if (stored.day === to.day && !(await anyOpenDueIn(db, crossings(stored, to)))) return
  await db.transaction(async (tx) => {
    const from = await keysAsOf(tx)
    if (sameInstant(from, to)) return
    const codes = await storesWithOpenDueIn(tx, crossings(from, to))
    if (codes.length > RECOUNT_ALL_ABOVE) await recountDeadlines(tx, to.at, to.soonEnd)
    else if (codes.length > 0) await recountDeadlines(tx, to.at, to.soonEnd, codes)
    if (from.day !== to.day) await recountRecentDays(tx, to)
    await setKeysAsOf(tx, to)
  })
}
