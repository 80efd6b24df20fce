// The limits' counters on PostgreSQL (issue 14): the keys of one request are
// counted in one statement, exactly as separate hits one after another would
// count them, whichever instance counts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { countersFor } from '../../server/limits/counters-for.ts'
import { makeTestApp, type TestApp } from '../helpers/test-app.ts'

describe.skipIf(!process.env.TEST_DATABASE_URL)('shared counters on PostgreSQL', () => {
  let one: TestApp
  let two: TestApp
  beforeAll(async () => {
    one = await makeTestApp({ keepData: true })
    two = await makeTestApp({ databaseUrl: one.databaseUrl })
  })
  afterAll(async () => {
    await two?.close()
    await one?.close()
  })

  it('counts a tablet’s address and device together, and a refused address leaves the device uncounted', async () => {
    const [a, b] = [countersFor(one.deps, 60_000), countersFor(two.deps, 60_000)]
    const address = (subject: string, limit: number) => ({ scope: 'kiosk-address', subject, limit })
    const device = { scope: 'kiosk-device', subject: 'tablet-1', limit: 3 }

    expect(await a.hitEach([address('203.0.113.9', 2), device])).toEqual({ allowed: true, retryAfter: 0 })
    expect(await b.hitEach([address('203.0.113.9', 2), device])).toEqual({ allowed: true, retryAfter: 0 })
    expect(await a.hitEach([address('203.0.113.9', 2), device])).toEqual({ allowed: false, retryAfter: 60 })
    // The device has two hits, not three: the refused request did not count it.
    expect((await b.hitEach([device])).allowed).toBe(true)
    // Now the device is full: another address is counted, and refused on the device.
    expect((await a.hitEach([address('203.0.113.10', 5), device])).allowed).toBe(false)
    expect((await b.hit('kiosk-address', '203.0.113.10', 1)).allowed).toBe(false)
  })
})
