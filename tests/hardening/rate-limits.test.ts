// Floods are stopped where they come from, and only there: per address, per
// kiosk device, per store, and for tracking look-ups, with failed look-ups
// throttled much harder than good ones.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createPairingCode, pairDevice } from '../../server/devices/pairing.ts'
import { DEVICE_TOKEN_HEADER } from '../../shared/device-token.ts'
import { DEMO_STORE, feedbackBody, fromAddress, makeTestApp, postJson, type TestApp } from '../helpers/test-app.ts'

const LIMITS = {
  RATE_LIMIT_WINDOW_SECONDS: '600',
  RATE_LIMIT_FEEDBACK_PER_ADDRESS: '3',
  RATE_LIMIT_FEEDBACK_PER_STORE: '6',
  RATE_LIMIT_FEEDBACK_PER_DEVICE: '5',
  RATE_LIMIT_TRACK_PER_ADDRESS: '20',
  RATE_LIMIT_TRACK_MISSES_PER_ADDRESS: '4',
}

const send = (t: TestApp, from: string, overrides: Record<string, unknown> = {}, headers: Record<string, string> = {}) =>
  postJson(t.app, '/api/feedback', feedbackBody(overrides), headers, from)

const statuses = async (answers: (Response | Promise<Response>)[]) => (await Promise.all(answers)).map((r) => r.status)

describe('rate limits on the public API', () => {
  let t: TestApp
  beforeEach(async () => (t = await makeTestApp({ env: LIMITS })))
  afterEach(() => t.close())

  it('stops a flood from one address with 429 and Retry-After, while a buyer elsewhere gets through', async () => {
    const flood = await statuses(Array.from({ length: 8 }, () => send(t, '198.51.100.7')))
    expect(flood.filter((s) => s === 201)).toHaveLength(3)
    expect(flood.filter((s) => s === 429)).toHaveLength(5)

    const refused = await send(t, '198.51.100.7')
    expect(refused.status).toBe(429)
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0)
    expect((await refused.json()).error.code).toBe('rate_limited')

    expect((await send(t, '203.0.113.20')).status).toBe(201)
  })

  it('lets the address send again once the window has passed', async () => {
    await statuses(Array.from({ length: 4 }, () => send(t, '198.51.100.7')))
    expect((await send(t, '198.51.100.7')).status).toBe(429)
    t.clock.advance(601_000)
    expect((await send(t, '198.51.100.7')).status).toBe(201)
  })

  it('holds, never refuses, what floods one store from many addresses, and the other stores stay open', async () => {
    const addresses = Array.from({ length: 8 }, (_, i) => `192.0.2.${i + 1}`)
    const flood = await statuses(addresses.map((a) => send(t, a)))
    // Issue 13: refusing let three addresses lock real buyers out; past the
    // threshold submissions are accepted and held for review instead.
    expect(flood.filter((s) => s === 201)).toHaveLength(8)
    expect((await t.db.get<{ n: number }>('SELECT COUNT(*) AS n FROM feedback'))!.n).toBe(6)
    expect((await t.db.get<{ n: number }>("SELECT COUNT(*) AS n FROM feedback_quarantine WHERE reason = 'flood'"))!.n).toBe(2)
    expect((await send(t, '192.0.2.99', { storeCode: '44020001' })).status).toBe(201)
  })

  it('does not let a single flooding address use up its store for everyone else', async () => {
    await statuses(Array.from({ length: 20 }, () => send(t, '198.51.100.7')))
    const others = await statuses(['192.0.2.1', '192.0.2.2', '192.0.2.3'].map((a) => send(t, a)))
    expect(others).toEqual([201, 201, 201])
  })

  it('counts kiosks per device, and a made-up device token is refused', async () => {
    const tablet = async () => {
      const { code } = await createPairingCode(t.db, DEMO_STORE, t.clock.now())
      return (await pairDevice(t.db, code, t.clock.now())).token
    }
    const [one, two] = [await tablet(), await tablet()]
    const kiosk = (token: string, from = '203.0.113.50') =>
      send(t, from, { channel: 'kiosk', contact: undefined }, { [DEVICE_TOKEN_HEADER]: token })
    const device = await statuses(Array.from({ length: 6 }, () => kiosk(one)))
    expect(device.filter((s) => s === 201)).toHaveLength(5)
    // Device senders share the same allowance per address, so changing
    // tokens from one place does not escape the limit either.
    expect((await kiosk(two)).status).toBe(429)
    expect((await kiosk(two, '203.0.113.51')).status).toBe(201)
    const forged = await kiosk('made-up-token', '203.0.113.52')
    expect(forged.status).toBe(403)
    expect((await forged.json()).error.code).toBe('device_revoked')
  })

  it('throttles failed receipt look-ups far sooner than good ones', async () => {
    const body = feedbackBody()
    const { receipt } = await (await send(t, '203.0.113.20', body)).json()
    const look = (code: string, from: string) => t.app.request(`/api/track/${code}`, {}, fromAddress(from))

    for (let i = 0; i < 10; i++) expect((await look(receipt, '203.0.113.20')).status).toBe(200)
    for (let i = 0; i < 4; i++) expect((await look(`ZZZZZZZZZZZ${i}0`, '198.51.100.9')).status).toBe(404)
    const blocked = await look(receipt, '198.51.100.9')
    expect(blocked.status).toBe(429)
    expect(blocked.headers.get('retry-after')).toMatch(/^\d+$/)
    expect((await look(receipt, '203.0.113.20')).status).toBe(200)
  })

  it('stores no client address anywhere in the database', async () => {
    const address = '198.51.100.123'
    await send(t, address)
    await send(t, address, { kind: 'report', category: 'sale_to_minors', anonymous: true, contact: undefined })
    const columns = await t.db.all<{ name: string }>("SELECT name FROM pragma_table_info('feedback')")
    expect(columns.map((c) => c.name).filter((n) => /(^|_)(ip|ips|remote|address|agent)($|_)/i.test(n))).toEqual([])
    const tables = await t.db.all<{ name: string }>("SELECT name FROM sqlite_master WHERE type = 'table'")
    for (const { name } of tables) {
      const rows = await t.db.all<Record<string, unknown>>(`SELECT * FROM "${name}"`)
      expect(JSON.stringify(rows), name).not.toContain(address)
    }
  })
})

describe('behind a proxy', () => {
  let t: TestApp
  afterEach(() => t.close())

  it('with TRUST_PROXY, tells clients apart by X-Forwarded-For', async () => {
    t = await makeTestApp({ env: { ...LIMITS, TRUST_PROXY: '1' } })
    const via = (client: string) => send(t, '10.0.0.1', {}, { 'X-Forwarded-For': `1.1.1.1, ${client}` })
    await statuses(Array.from({ length: 4 }, () => via('198.51.100.7')))
    expect((await via('198.51.100.7')).status).toBe(429)
    expect((await via('203.0.113.20')).status).toBe(201)
  })

  it('without TRUST_PROXY, ignores X-Forwarded-For, so a flooder cannot invent addresses', async () => {
    t = await makeTestApp({ env: LIMITS })
    const answers = await statuses(
      Array.from({ length: 6 }, (_, i) => send(t, '198.51.100.7', { storeCode: DEMO_STORE }, { 'X-Forwarded-For': `192.0.2.${i}` })),
    )
    expect(answers.filter((s) => s === 201)).toHaveLength(3)
  })
})
