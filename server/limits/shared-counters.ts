// Counters kept in the database (server/db/queries/counters.ts), shared by
// every instance. Keys are salted hashes as in memory (limits/rate-limiter.ts),
// but the salt is the day's row in `counter_salts`, the same for every
// instance, so that they count the same client under the same key.
import { createHash, randomBytes } from 'node:crypto'
import type { Clock } from '../clock.ts'
import type { Database } from '../db/database.ts'
import { addToCounter, clearCounter, counterSalt, hitCounter, hitCounters, readCounter, sweepCounters, takeBackHit } from '../db/queries/counters.ts'
import type { Counters, Hit } from './counters.ts'
import type { Verdict } from './rate-limiter.ts'

const SWEEP_EVERY_MS = 60_000

export class SharedCounters implements Counters {
  #salt: { day: string; salt: Promise<string> } | undefined
  #sweptAt = 0

  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
    private readonly windowMs: number,
  ) {}

  async hit(scope: string, subject: string, limit: number): Promise<Verdict> {
    const now = this.clock.now().getTime()
    const w = await hitCounter(this.db, await this.#key(scope, subject, now), limit, now, this.windowMs)
    return { allowed: w.hits <= limit, retryAfter: w.hits <= limit ? 0 : retryAfter(w.resetAt, now) }
  }

  async hitEach(hits: readonly Hit[]): Promise<Verdict> {
    const now = this.clock.now().getTime()
    const keyed = await Promise.all(hits.map(async (h) => ({ key: await this.#key(h.scope, h.subject, now), limit: h.limit })))
    const windows = await hitCounters(this.db, keyed, now, this.windowMs)
    for (const [i, h] of keyed.entries()) {
      const w = windows[i]
      if (w && w.hits > h.limit) return { allowed: false, retryAfter: retryAfter(w.resetAt, now) }
    }
    return { allowed: true, retryAfter: 0 }
  }

  async check(scope: string, subject: string, limit: number): Promise<Verdict> {
    const now = this.clock.now().getTime()
    const w = await readCounter(this.db, await this.#key(scope, subject, now), now)
    if (!w) return { allowed: true, retryAfter: 0 }
    return { allowed: w.hits < limit, retryAfter: retryAfter(w.resetAt, now) }
  }

  async add(scope: string, subject: string): Promise<void> {
    const now = this.clock.now().getTime()
    await addToCounter(this.db, await this.#key(scope, subject, now), now, this.windowMs)
  }

  async refund(scope: string, subject: string): Promise<void> {
    const now = this.clock.now().getTime()
    await takeBackHit(this.db, await this.#key(scope, subject, now), now)
  }

  async clear(scope: string, subject: string, startedBy: number): Promise<boolean> {
    const now = this.clock.now().getTime()
    return clearCounter(this.db, await this.#key(scope, subject, now), Math.min(startedBy + this.windowMs, Number.MAX_SAFE_INTEGER))
  }

  async #key(scope: string, subject: string, now: number): Promise<string> {
    const day = new Date(now).toISOString().slice(0, 10)
    if (this.#salt?.day !== day) {
      const salt = counterSalt(this.db, day, randomBytes(16).toString('base64url'))
      // A failed read is asked again by the next hit, not kept.
      salt.catch(() => {
        if (this.#salt?.salt === salt) this.#salt = undefined
      })
      this.#salt = { day, salt }
    }
    const salt = await this.#salt!.salt
    // Ended windows go as time passes, as in memory.
    if (now - this.#sweptAt >= SWEEP_EVERY_MS) {
      this.#sweptAt = now
      await sweepCounters(this.db, now, day)
    }
    return createHash('sha256').update(salt).update(scope).update('\0').update(subject).digest('base64url').slice(0, 22)
  }
}

const retryAfter = (resetAt: number, now: number) => Math.max(1, Math.ceil((resetAt - now) / 1000))
