// How reporters judged the fixes (issue 11), per store, district and city:
// the mean of their 1-5 ratings, and the confirmed-fixed rate — of the
// resolutions that got an outcome (the reporter said fixed, said not fixed,
// or did not answer in time), the share the reporter confirmed as fixed.
import type { Satisfaction } from '../../shared/api-types.ts'
import type { Queryable } from '../db/database.ts'
import { countConfirmation, listConfirmationCounts, type ConfirmOutcome } from '../db/queries/confirmations.ts'
import { countIntoDistrict } from './district-rollup.ts'

export interface ConfirmationTally {
  fixed: number
  notFixed: number
  autoClosed: number
  ratingSum: number
  ratingCount: number
}

export const emptyTally = (): ConfirmationTally => ({ fixed: 0, notFixed: 0, autoClosed: 0, ratingSum: 0, ratingCount: 0 })

export function addTally(into: ConfirmationTally, t: ConfirmationTally): void {
  into.fixed += t.fixed
  into.notFixed += t.notFixed
  into.autoClosed += t.autoClosed
  into.ratingSum += t.ratingSum
  into.ratingCount += t.ratingCount
}

export function satisfactionOf(t: ConfirmationTally): Satisfaction {
  const outcomes = t.fixed + t.notFixed + t.autoClosed
  return {
    satisfaction: t.ratingCount === 0 ? null : Math.round((t.ratingSum / t.ratingCount) * 10) / 10,
    ratings: t.ratingCount,
    confirmedFixedRate: outcomes === 0 ? null : t.fixed / outcomes,
  }
}

/** Every store's tally (or the given stores'), by station code ('' for cases without a store). */
export async function tallies(db: Queryable, codes?: readonly string[]): Promise<Map<string, ConfirmationTally>> {
  const rows = await listConfirmationCounts(db, codes)
  return new Map(rows.map(({ storeCode, ...t }) => [storeCode, t]))
}

/** Counts one outcome for a case's store, inside the transaction that records it. */
export async function countOutcome(tx: Queryable, storeCode: string | null, outcome: ConfirmOutcome, rating: number | null): Promise<void> {
  await countConfirmation(tx, storeCode, outcome, rating)
  const kind = { fixed: 'fixed', not_fixed: 'notFixed', auto_closed: 'autoClosed' }[outcome]
  await countIntoDistrict(tx, storeCode, [
    { kind, item: '', n: 1 },
    { kind: 'ratingSum', item: '', n: rating ?? 0 },
    { kind: 'ratingCount', item: '', n: rating === null ? 0 : 1 },
  ])
}
