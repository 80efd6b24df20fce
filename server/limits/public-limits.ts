// The rate limits of the public API, one limiter per app (tests build many
// apps in one process, each with its own clock and counters).
import type { Context } from 'hono'
import { ApiError } from '../api-error.ts'
import type { AppDeps } from '../deps.ts'
import { RateLimiter, type Verdict } from './rate-limiter.ts'

const limiters = new WeakMap<AppDeps, RateLimiter>()

export function limiterFor(deps: AppDeps): RateLimiter {
  let limiter = limiters.get(deps)
  if (!limiter) {
    limiter = new RateLimiter(deps.clock, deps.config.rateLimits.windowSeconds * 1000)
    limiters.set(deps, limiter)
  }
  return limiter
}

/** Throws 429 in the error shape, with Retry-After, when the verdict says no. */
export function enforce(c: Context, verdict: Verdict): void {
  if (verdict.allowed) return
  c.header('Retry-After', String(verdict.retryAfter))
  throw new ApiError(429, 'rate_limited', `Too many requests; try again in ${verdict.retryAfter} s`)
}
