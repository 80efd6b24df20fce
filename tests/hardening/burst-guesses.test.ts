// Issue 13: a guess is counted before it is checked, so a burst of
// simultaneous guesses gets no more tries than the limit: receipt look-ups
// (failed ones are the guesses) and tablet pairing codes, which have their
// own limit.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createPairingCode } from '../../server/devices/pairing.ts'
import { DEMO_STORE, fromAddress, makeTestApp, postJson, type TestApp } from '../helpers/test-app.ts'

describe('bursts of guesses', () => {
  let t: TestApp
  beforeEach(async () => (t = await makeTestApp({ env: { RATE_LIMIT_TRACK_MISSES_PER_ADDRESS: '10', RATE_LIMIT_PAIR_PER_ADDRESS: '10' } })))
  afterEach(() => t.close())

  it('150 simultaneous look-ups of made-up receipts get at most 10 answers', async () => {
    const guesses = Array.from({ length: 150 }, (_, i) => `ABCDE${String(i).padStart(4, '0')}WXYZ`.slice(0, 13))
    const answers = await Promise.all(guesses.map((g) => t.app.request(`/api/track/${g}`, {}, fromAddress('198.51.100.40'))))
    const statuses = answers.map((r) => r.status)
    expect(statuses.filter((s) => s !== 429).length).toBeLessThanOrEqual(10)
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(140)
  })

  it('the tracking pages count with the API: guesses through /track/<code> are throttled the same, and answered with a page', async () => {
    const guesses = Array.from({ length: 60 }, (_, i) => `ABCDE${String(i).padStart(4, '0')}WXYZ`.slice(0, 13))
    const answers = await Promise.all(guesses.map((g) => t.app.request(`/track/${g}`, {}, fromAddress('198.51.100.42'))))
    const statuses = answers.map((r) => r.status)
    expect(statuses.filter((s) => s !== 429).length).toBeLessThanOrEqual(10)
    const refused = answers.find((r) => r.status === 429)!
    expect(refused.headers.get('content-type')).toContain('text/html')
    // One count: the API now refuses this address too, and the plain forms' posts.
    expect((await t.app.request(`/api/track/${guesses[0]}`, {}, fromAddress('198.51.100.42'))).status).toBe(429)
    const form = { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'text=x' }
    expect((await t.app.request(`/track/${guesses[0]}/messages`, form, fromAddress('198.51.100.42'))).status).toBe(429)
  })

  it('pairing codes have their own limit, counted before the code is looked up', async () => {
    const answers = await Promise.all(
      Array.from({ length: 60 }, (_, i) => postJson(t.app, '/api/kiosk/pair', { code: `ABCD${String(i).padStart(4, '0')}` }, {}, '198.51.100.41')),
    )
    const statuses = answers.map((r) => r.status)
    expect(statuses.filter((s) => s !== 429).length).toBeLessThanOrEqual(10)
    // The right code from that address now waits too; another address pairs.
    const { code } = await createPairingCode(t.db, DEMO_STORE, t.clock.now())
    expect((await postJson(t.app, '/api/kiosk/pair', { code }, {}, '198.51.100.41')).status).toBe(429)
    expect((await postJson(t.app, '/api/kiosk/pair', { code }, {}, '203.0.113.41')).status).toBe(201)
  })
})
