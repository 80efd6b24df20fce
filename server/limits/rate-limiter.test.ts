import { describe, expect, it } from 'vitest'
import { RateLimiter } from './rate-limiter.ts'

function testClock() {
  let t = Date.parse('2026-11-30T02:00:00.000Z')
  return { now: () => new Date(t), advance: (ms: number) => void (t += ms) }
}

describe('RateLimiter', () => {
  it('allows up to the limit per subject and window, then says how long to wait', () => {
    const clock = testClock()
    const limiter = new RateLimiter(clock, 60_000)
    expect([1, 2, 3].map(() => limiter.hit('s', 'a', 2).allowed)).toEqual([true, true, false])
    expect(limiter.hit('s', 'b', 2).allowed).toBe(true)
    clock.advance(20_000)
    expect(limiter.hit('s', 'a', 2)).toEqual({ allowed: false, retryAfter: 40 })
    clock.advance(40_000)
    expect(limiter.hit('s', 'a', 2).allowed).toBe(true)
  })

  it('keeps scopes apart', () => {
    const limiter = new RateLimiter(testClock(), 60_000)
    limiter.hit('feedback', 'a', 1)
    expect(limiter.hit('feedback', 'a', 1).allowed).toBe(false)
    expect(limiter.hit('track', 'a', 1).allowed).toBe(true)
  })

  it('forgets expired windows, so memory follows recent clients only', () => {
    const clock = testClock()
    const limiter = new RateLimiter(clock, 60_000)
    for (let i = 0; i < 3000; i++) limiter.add('s', `client-${i}`)
    expect(limiter.size).toBe(3000)
    clock.advance(61_000)
    limiter.add('s', 'late')
    expect(limiter.size).toBe(1)
  })

  it('starts afresh with a new salt every day, so no hash outlives it', () => {
    const clock = testClock()
    const limiter = new RateLimiter(clock, 48 * 3600_000)
    limiter.hit('s', 'a', 1)
    expect(limiter.hit('s', 'a', 1).allowed).toBe(false)
    clock.advance(24 * 3600_000)
    expect(limiter.hit('s', 'a', 1).allowed).toBe(true)
  })
})
