// Windowed counters behind one interface with two implementations, chosen
// once per app: in this process's memory on SQLite (one instance serves the
// data, and memory is fastest), or in the database on PostgreSQL, where any
// number of instances serve the same data and must count together (issue
// 14: a client spreading its requests over two instances gets no more).
import type { Clock } from '../clock.ts'
import type { Database } from '../db/database.ts'
import type { Counters, Hit } from './counters.ts'
import { RateLimiter } from './rate-limiter.ts'
import { SharedCounters } from './shared-counters.ts'

class MemoryCounters implements Counters {
  readonly #limiter: RateLimiter
  constructor(clock: Clock, windowMs: number) {
    this.#limiter = new RateLimiter(clock, windowMs)
  }
  hit = async (scope: string, subject: string, limit: number) => this.#limiter.hit(scope, subject, limit)
  hitEach = async (hits: readonly Hit[]) => {
    for (const h of hits) {
      const verdict = this.#limiter.hit(h.scope, h.subject, h.limit)
      if (!verdict.allowed) return verdict
    }
    return { allowed: true, retryAfter: 0 }
  }
  check = async (scope: string, subject: string, limit: number) => this.#limiter.check(scope, subject, limit)
  add = async (scope: string, subject: string) => this.#limiter.add(scope, subject)
  refund = async (scope: string, subject: string) => this.#limiter.refund(scope, subject)
  clear = async (scope: string, subject: string, startedBy: number) => this.#limiter.clear(scope, subject, startedBy)
}

const made = new WeakMap<object, Map<number, Counters>>()

/** The counters of one window length for this app (tests build many apps in one process). */
export function countersFor(deps: { db: Database; clock: Clock }, windowMs: number): Counters {
  let byWindow = made.get(deps)
  if (!byWindow) made.set(deps, (byWindow = new Map()))
  let counters = byWindow.get(windowMs)
  if (!counters) {
    counters = deps.db.engine === 'postgres' ? new SharedCounters(deps.db, deps.clock, windowMs) : new MemoryCounters(deps.clock, windowMs)
    byWindow.set(windowMs, counters)
  }
  return counters
}
