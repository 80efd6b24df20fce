// Windowed counters: what a rate limit, the login throttle and the scan
// counter need, behind one interface with two implementations chosen once
// per app by countersFor (limits/counters-for.ts).
import type { Verdict } from './rate-limiter.ts'

export interface Hit {
  scope: string
  subject: string
  limit: number
}

export interface Counters {
  /** Counts one hit on `scope:subject` unless it is already at `limit`. */
  hit(scope: string, subject: string, limit: number): Promise<Verdict>
  /**
   * Counts one hit on each of `hits` in order, as hit() one after another
   * would, stopping at the first already at its limit: that one's verdict,
   * or allowed. Several keys of one request, in one round trip.
   */
  hitEach(hits: readonly Hit[]): Promise<Verdict>
  /** Whether `scope:subject` is still under `limit`, without counting. */
  check(scope: string, subject: string, limit: number): Promise<Verdict>
  /** Counts one hit without checking. */
  add(scope: string, subject: string): Promise<void>
  /** Takes back one hit counted in advance. */
  refund(scope: string, subject: string): Promise<void>
  /** Forgets the window of `scope:subject` when it began at or before `startedBy` (ms); true when there was one. */
  clear(scope: string, subject: string, startedBy: number): Promise<boolean>
}
