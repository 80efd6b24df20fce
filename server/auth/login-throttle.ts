// Login throttling, kept in memory: after LIMIT failed logins for one
// username (or ADDRESS_LIMIT from one client address) within WINDOW, further
// attempts answer 429 until the window has passed. Short-lived state that a
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

  /** Seconds to wait before trying again, or 0 when an attempt may go ahead. */
  retryAfter(username: string, address: string): number {
    const now = this.#clock.now().getTime()
    let wait = 0
    for (const [key, limit] of this.#keys(username, address)) {
      const w = this.#live(key, now)
      if (w && w.failures >= limit) wait = Math.max(wait, Math.ceil((w.start + WINDOW_MS - now) / 1000))
    }
    return wait
  }

  failed(username: string, address: string): void {
    const now = this.#clock.now().getTime()
    // Forget stale windows as we go, so the map stays as small as the attack.
    for (const [key, w] of this.#windows) if (now - w.start >= WINDOW_MS) this.#windows.delete(key)
    for (const [key] of this.#keys(username, address)) {
      const w = this.#live(key, now) ?? { start: now, failures: 0 }
      w.failures++
      this.#windows.set(key, w)
    }
  }

  /** A good password clears the username's count (not the address's: one good account does not vouch for the rest). */
  succeeded(username: string): void {
    this.#windows.delete(`user:${username.toLowerCase()}`)
  }

  #keys(username: string, address: string): [string, number][] {
    return [
      [`user:${username.toLowerCase()}`, USERNAME_LIMIT],
      [`addr:${address}`, ADDRESS_LIMIT],
    ]
  }

  #live(key: string, now: number): Window | undefined {
    const w = this.#windows.get(key)
    return w && now - w.start < WINDOW_MS ? w : undefined
  }
}
