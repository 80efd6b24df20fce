// Login throttling, kept in memory: after LIMIT failed logins for one
// username (or ADDRESS_LIMIT from one client address) within WINDOW, further
// attempts answer 429 until the window has passed. Every attempt is counted
// before its password is checked; a good password takes its count back. Short-lived state that a
// restart may forget; a second server instance would keep its own count.
import type { Clock } from '../clock.ts'

export const WINDOW_MS = 15 * 60_000
export const USERNAME_LIMIT = 5
export const ADDRESS_LIMIT = 20

interface Window {
  start: number
  failures: number
}

export class LoginThrottle {
  readonly #windows = new Map<string, Window>()
  readonly #clock: Clock

  constructor(clock: Clock) {
    this.#clock = clock
  }

  /**
   * Counts a login attempt before its password is checked, so that a burst
   * of simultaneous attempts cannot all pass the check while the first ones
   * are still hashing (issue 13). Answers the seconds to wait, without
   * counting, when the username or the address is already at its limit;
   * 0 when the attempt may go ahead (and is now counted).
   */
  attempt(username: string, address: string): number {
    const now = this.#clock.now().getTime()
    let wait = 0
    for (const [key, limit] of this.#keys(username, address)) {
      const w = this.#live(key, now)
      if (w && w.failures >= limit) wait = Math.max(wait, Math.ceil((w.start + WINDOW_MS - now) / 1000))
    }
    if (wait > 0) return wait
    // Forget stale windows as we go, so the map stays as small as the attack.
    for (const [key, w] of this.#windows) if (now - w.start >= WINDOW_MS) this.#windows.delete(key)
    for (const [key] of this.#keys(username, address)) {
      const w = this.#live(key, now) ?? { start: now, failures: 0 }
      w.failures++
      this.#windows.set(key, w)
    }
    return 0
  }

  /**
   * A good password: the username's count starts again and this attempt no
   * longer counts against the address (the address keeps its earlier
   * failures: one good account does not vouch for the rest).
   */
  succeeded(username: string, address: string): void {
    this.#windows.delete(this.#userKey(username))
    const w = this.#windows.get(`addr:${address}`)
    if (w && w.failures > 0) w.failures--
  }

  /** Whether the username is at its limit now (an unlock may apply). */
  isLocked(username: string): boolean {
    const w = this.#live(this.#userKey(username), this.#clock.now().getTime())
    return !!w && w.failures >= USERNAME_LIMIT
  }

  /**
   * `npm run user -- unlock NAME` recorded an unlock at `unlockedAt`: a lock
   * whose window began before it is lifted. One begun after it (new failures
   * since the unlock) stays.
   */
  applyUnlock(username: string, unlockedAt: number): boolean {
    const key = this.#userKey(username)
    const w = this.#windows.get(key)
    if (!w || w.start > unlockedAt) return false
    this.#windows.delete(key)
    return true
  }

  #userKey(username: string): string {
    return `user:${username.toLowerCase()}`
  }

  #keys(username: string, address: string): [string, number][] {
    return [
      [this.#userKey(username), USERNAME_LIMIT],
      [`addr:${address}`, ADDRESS_LIMIT],
    ]
  }

  #live(key: string, now: number): Window | undefined {
    const w = this.#windows.get(key)
    return w && now - w.start < WINDOW_MS ? w : undefined
  }
}
