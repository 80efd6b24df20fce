// Login throttling: after LIMIT failed logins for one username (or
// ADDRESS_LIMIT from one client address) within WINDOW, further attempts
// answer 429 until the window has passed. Every attempt is counted before
// its password is checked; a good password takes its count back. The counts
// are limits/counters.ts's: in memory on SQLite (a restart may forget them),
// in the database on PostgreSQL, so that every instance counts together.
import type { Counters } from '../limits/counters.ts'

export const WINDOW_MS = 15 * 60_000
export const USERNAME_LIMIT = 5
export const ADDRESS_LIMIT = 20

const USER = 'login-user'
const ADDRESS = 'login-address'

export class LoginThrottle {
  readonly #counters: Counters

  /** `counters` must count in windows of WINDOW_MS. */
  constructor(counters: Counters) {
    this.#counters = counters
  }

  /**
   * Counts a login attempt before its password is checked, so that a burst
   * of simultaneous attempts cannot all pass the check while the first ones
   * are still hashing (issue 13). Answers the seconds to wait, without
   * counting, when the username or the address is already at its limit;
   * 0 when the attempt may go ahead (and is now counted).
   */
  async attempt(username: string, address: string): Promise<number> {
    const user = await this.#counters.hit(USER, userKey(username), USERNAME_LIMIT)
    if (!user.allowed) return user.retryAfter
    const from = await this.#counters.hit(ADDRESS, address, ADDRESS_LIMIT)
    if (from.allowed) return 0
    await this.#counters.refund(USER, userKey(username))
    return from.retryAfter
  }

  /**
   * A good password: the username's count starts again and this attempt no
   * longer counts against the address (the address keeps its earlier
   * failures: one good account does not vouch for the rest).
   */
  async succeeded(username: string, address: string): Promise<void> {
    await this.#counters.clear(USER, userKey(username), Number.MAX_SAFE_INTEGER)
    await this.#counters.refund(ADDRESS, address)
  }

  /** Whether the username is at its limit now (an unlock may apply). */
  async isLocked(username: string): Promise<boolean> {
    return !(await this.#counters.check(USER, userKey(username), USERNAME_LIMIT)).allowed
  }

  /**
   * `npm run user -- unlock NAME` recorded an unlock at `unlockedAt`: a lock
   * whose window began before it is lifted. One begun after it (new failures
   * since the unlock) stays.
   */
  async applyUnlock(username: string, unlockedAt: number): Promise<boolean> {
    return this.#counters.clear(USER, userKey(username), unlockedAt)
  }
}

const userKey = (username: string) => username.toLowerCase()
