// The rate limits of the public API: one set of counters per app (tests
// build many apps in one process, each with its own clock and counters),
// shared by every instance on PostgreSQL (limits/counters.ts).
import type { Context } from 'hono'
import { ApiError } from '../api-error.ts'
import type { AppDeps } from '../deps.ts'
import type { Counters } from './counters.ts'
import { countersFor } from './counters-for.ts'
import type { Verdict } from './rate-limiter.ts'

export function limiterFor(deps: AppDeps): Counters {
  return countersFor(deps, deps.config.rateLimits.windowSeconds * 1000)
}

/** Throws 429 in the error shape, with Retry-After, when the verdict says no. */
export function enforce(c: Context, verdict: Verdict): void {
  if (verdict.allowed) return
  c.header('Retry-After', String(verdict.retryAfter))
  throw new ApiError(429, 'rate_limited', `Too many requests; try again in ${verdict.retryAfter} s`)
}
