// Fixed-window counters in memory, keyed by salted hashes. The salt is
// random, lives only in this process and is replaced every day, so the
// table holds no address, token or store code, and a hash cannot be linked
// to yesterday's or reversed by trying all IPv4 addresses.
import { createHash, randomBytes } from 'node:crypto'
import type { Clock } from '../clock.ts'

const SALT_LIFETIME_MS = 24 * 3600_000

export interface Verdict {
  allowed: boolean
  /** Seconds until the window resets, for Retry-After. */
  retryAfter: number
}

export class RateLimiter {
  private readonly counters = new Map<string, { count: number; resetAt: number }>()
  private salt = randomBytes(16)
  private saltBornAt: number
  private sweptAt = 0

  constructor(
    private readonly clock: Clock,
    private readonly windowMs: number,
  ) {
    this.saltBornAt = clock.now().getTime()
  }

  /** Counts one hit on `scope:subject` unless it is already over `limit`. */
  hit(scope: string, subject: string, limit: number): Verdict {
    const verdict = this.check(scope, subject, limit)
    if (verdict.allowed) this.add(scope, subject)
    return verdict
  }

  /** Whether `scope:subject` is still under `limit`, without counting. */
  check(scope: string, subject: string, limit: number): Verdict {
    const now = this.tick()
    const entry = this.counters.get(this.key(scope, subject))
    if (!entry || entry.resetAt <= now) return { allowed: true, retryAfter: 0 }
    return { allowed: entry.count < limit, retryAfter: Math.max(1, Math.ceil((entry.resetAt - now) / 1000)) }
  }

  /** Counts one hit without checking (a failed look-up, known only afterwards). */
  add(scope: string, subject: string): void {
    const now = this.tick()
    const key = this.key(scope, subject)
    const entry = this.counters.get(key)
    if (!entry || entry.resetAt <= now) this.counters.set(key, { count: 1, resetAt: now + this.windowMs })
    else entry.count++
  }

  /** Takes back one hit counted in advance (a look-up that turned out to find something). */
  refund(scope: string, subject: string): void {
    const entry = this.counters.get(this.key(scope, subject))
    if (entry && entry.count > 0) entry.count--
  }

  /** Forgets the window of `scope:subject` when it began at or before `startedBy` (ms); true when there was one. */
  clear(scope: string, subject: string, startedBy: number): boolean {
    const key = this.key(scope, subject)
    const entry = this.counters.get(key)
    if (!entry || entry.resetAt - this.windowMs > startedBy) return false
    this.counters.delete(key)
    return true
  }

  /** How many subjects are being counted (for tests and diagnostics). */
  get size(): number {
    return this.counters.size
  }

  private key(scope: string, subject: string): string {
    return createHash('sha256').update(this.salt).update(scope).update('\0').update(subject).digest('base64url').slice(0, 22)
  }

  // Expired windows are swept as time passes, so memory follows the number
  // of clients in the last window, not since start.
  private tick(): number {
    const now = this.clock.now().getTime()
    if (now - this.saltBornAt >= SALT_LIFETIME_MS) {
      this.salt = randomBytes(16)
      this.saltBornAt = now
      this.counters.clear()
    } else if (now - this.sweptAt >= 1000 && this.counters.size > 1000) {
      this.sweptAt = now
      for (const [k, e] of this.counters) if (e.resetAt <= now) this.counters.delete(k)
    }
    return now
  }
}
