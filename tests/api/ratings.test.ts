// One tap to rate (issue 12): POST /api/ratings and the console's figures.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createPairingCode, pairDevice } from '../../server/devices/pairing.ts'
import { DEVICE_TOKEN_HEADER } from '../../shared/device-token.ts'
import { newFeedbackId } from '../../shared/receipt.ts'
import { DEMO_STORE, loginHeaders, makeTestApp, postJson, sendJson, staffSession, type TestApp } from '../helpers/test-app.ts'

const OTHER_DISTRICT_STORE = '44020001'

const rating = (overrides: Record<string, unknown> = {}) => ({
  id: newFeedbackId(),
  storeCode: DEMO_STORE,
  score: 4,
  channel: 'qr',
  createdAt: '2026-11-30T01:59:00.000Z',
  ...overrides,
})

describe('one-tap ratings', () => {
  let t: TestApp
  beforeEach(async () => (t = await makeTestApp()))
  afterEach(() => t.close())

  const stats = async (query = '', headers?: Record<string, string>) => {
    const res = await t.app.request(`/api/admin/stats/ratings${query}`, { headers: headers ?? (await loginHeaders(t.app)) })
    expect(res.status).toBe(200)
    return res.json()
  }

  it('records a tap once, however often the phone retries it, and makes no case', async () => {
    const body = rating({ score: 2 })
    const first = await postJson(t.app, '/api/ratings', body, {}, '198.51.100.1')
    expect(first.status).toBe(201)
    expect(await first.json()).toEqual({ id: body.id })
    const retry = await postJson(t.app, '/api/ratings', body, {}, '198.51.100.1')
    expect(retry.status).toBe(200)
    expect(await retry.json()).toEqual({ id: body.id })

    expect(await stats()).toMatchObject({ total: 1, byScore: { '1': 0, '2': 1, '3': 0, '4': 0 }, positiveShare: 0 })
    const cases = await (await t.app.request('/api/admin/feedback', { headers: await loginHeaders(t.app) })).json()
    expect(cases.total).toBe(0)
  })

  it('refuses the same id with another score', async () => {
    const body = rating()
    await postJson(t.app, '/api/ratings', body)
    const res = await postJson(t.app, '/api/ratings', { ...body, score: 1 })
    expect(res.status).toBe(409)
    expect((await res.json()).error.code).toBe('id_reused')
  })

  it('answers bad input in the error shape, per field', async () => {
    const res = await postJson(t.app, '/api/ratings', rating({ score: 5, channel: 'web', name: 'x' }))
    expect(res.status).toBe(400)
    const { error } = await res.json()
    expect(error.code).toBe('validation_failed')
    expect(Object.keys(error.fields)).toEqual(expect.arrayContaining(['score', 'channel']))
  })

  it('answers 404 for an unknown store and 409 for one no longer licensed', async () => {
    const unknown = await postJson(t.app, '/api/ratings', rating({ storeCode: '99999999' }))
    expect(unknown.status).toBe(404)
    expect((await unknown.json()).error.code).toBe('store_not_found')
    await sendJson(t.app, 'PATCH', `/api/admin/stores/${DEMO_STORE}`, { active: false }, await loginHeaders(t.app))
    const closed = await postJson(t.app, '/api/ratings', rating())
    expect(closed.status).toBe(409)
    expect((await closed.json()).error.code).toBe('store_inactive')
  })

  it('counts by score, China hour and weekday, with the share of positive answers', async () => {
    // 01:59Z is 09:59 on Monday in China; 2026-11-29T16:30Z is 00:30 on Monday too; 2026-11-29T15:00Z is 23:00 on Sunday.
    for (const [score, createdAt, from] of [
      [4, '2026-11-30T01:59:00.000Z', '198.51.100.1'],
      [3, '2026-11-29T16:30:00.000Z', '198.51.100.2'],
      [1, '2026-11-29T15:00:00.000Z', '198.51.100.3'],
      [4, '2026-11-30T01:00:00.000Z', '198.51.100.4'],
    ] as const) {
      expect((await postJson(t.app, '/api/ratings', rating({ score, createdAt }), {}, from)).status).toBe(201)
    }
    const s = await stats()
    expect(s.total).toBe(4)
    expect(s.byScore).toEqual({ '1': 1, '2': 0, '3': 1, '4': 2 })
    expect(s.positiveShare).toBe(0.75)
    expect(s.byHour).toHaveLength(24)
    expect([s.byHour[9], s.byHour[0], s.byHour[23]]).toEqual([2, 1, 1])
    expect(s.byWeekday).toEqual([1, 3, 0, 0, 0, 0, 0])
    expect((await stats('?from=2026-11-30&to=2026-11-30')).total).toBe(3)
  })

  it('filters by district and store, and keeps a supervisor to their own districts', async () => {
    await postJson(t.app, '/api/ratings', rating({ score: 1 }), {}, '198.51.100.1')
    await postJson(t.app, '/api/ratings', rating({ storeCode: OTHER_DISTRICT_STORE, score: 4 }), {}, '198.51.100.2')
    expect((await stats('?district=西城区')).byScore).toEqual({ '1': 0, '2': 0, '3': 0, '4': 1 })
    expect((await stats(`?storeCode=${DEMO_STORE}`)).total).toBe(1)

    const sup = await staffSession(t, 'sup-dc', 'supervisor', { districts: ['东城区'] })
    expect((await stats('', sup.headers)).total).toBe(1)
    const outside = await t.app.request('/api/admin/stats/ratings?district=西城区', { headers: sup.headers })
    expect(outside.status).toBe(403)
    const otherStore = await t.app.request(`/api/admin/stats/ratings?storeCode=${OTHER_DISTRICT_STORE}`, { headers: sup.headers })
    expect(otherStore.status).toBe(403)
  })

  it('gives a weekly trend and the figures per district and per store, each with its share of positive answers', async () => {
    // Two weeks: Monday 2026-11-16 and Monday 2026-11-23 (China dates).
    for (const [storeCode, score, createdAt, from] of [
      [DEMO_STORE, 4, '2026-11-17T02:00:00.000Z', '198.51.100.1'],
      [DEMO_STORE, 1, '2026-11-18T02:00:00.000Z', '198.51.100.2'],
      [DEMO_STORE, 3, '2026-11-23T02:00:00.000Z', '198.51.100.3'],
      [OTHER_DISTRICT_STORE, 4, '2026-11-24T02:00:00.000Z', '198.51.100.4'],
    ] as const) {
      expect((await postJson(t.app, '/api/ratings', rating({ storeCode, score, createdAt }), {}, from)).status).toBe(201)
    }
    const s = await stats()
    expect(s.byWeek).toEqual([
      { week: '2026-11-16', total: 2, positiveShare: 0.5 },
      { week: '2026-11-23', total: 2, positiveShare: 1 },
    ])
    expect(s.byDistrict).toEqual([
      { district: '东城区', total: 3, positiveShare: 0.667 },
      { district: '西城区', total: 1, positiveShare: 1 },
    ])
    expect(s.byStore.map((r: { storeCode: string; total: number }) => [r.storeCode, r.total])).toEqual([
      [DEMO_STORE, 3],
      [OTHER_DISTRICT_STORE, 1],
    ])
    expect(s.byStore[0].storeName).toEqual(expect.any(String))
    expect((await stats('?from=2026-11-23')).byWeek).toEqual([{ week: '2026-11-23', total: 2, positiveShare: 1 }])

    // A supervisor's trend and lists hold only their own districts.
    const sup = await staffSession(t, 'sup-dc', 'supervisor', { districts: ['东城区'] })
    const own = await stats('', sup.headers)
    expect(own.byWeek).toEqual([
      { week: '2026-11-16', total: 2, positiveShare: 0.5 },
      { week: '2026-11-23', total: 1, positiveShare: 1 },
    ])
    expect(own.byDistrict.map((d: { district: string }) => d.district)).toEqual(['东城区'])
    expect(own.byStore.map((r: { storeCode: string }) => r.storeCode)).toEqual([DEMO_STORE])
  })

  it('is closed to anyone without a session', async () => {
    expect((await t.app.request('/api/admin/stats/ratings')).status).toBe(401)
  })

  it('holds a rating whose honeypot is filled, and one phone tapping the same store again and again, out of the counts', async () => {
    const bot = await postJson(t.app, '/api/ratings', rating({ hp: 'http://spam.example' }), {}, '198.51.100.9')
    expect(bot.status).toBe(201)
    const taps = []
    for (let i = 0; i < 6; i++) taps.push((await postJson(t.app, '/api/ratings', rating({ score: 1 }), {}, '198.51.100.10')).status)
    expect(taps).toEqual([201, 201, 201, 201, 201, 201])
    expect((await stats()).total).toBe(3)
  })

  it('counts every buyer at a paired tablet, however many tap it', async () => {
    const { code } = await createPairingCode(t.db, DEMO_STORE, t.clock.now())
    const { token } = await pairDevice(t.db, code, t.clock.now())
    for (let i = 0; i < 5; i++) {
      const res = await postJson(t.app, '/api/ratings', rating({ channel: 'kiosk' }), { [DEVICE_TOKEN_HEADER]: token }, '198.51.100.20')
      expect(res.status).toBe(201)
    }
    expect((await stats()).total).toBe(5)
  })

  it('stops a flood from one address with 429', async () => {
    const limited = await makeTestApp({ env: { RATE_LIMIT_RATINGS_PER_ADDRESS: '2' } })
    try {
      const answers = []
      for (let i = 0; i < 3; i++) answers.push((await postJson(limited.app, '/api/ratings', rating(), {}, '198.51.100.30')).status)
      expect(answers).toEqual([201, 201, 429])
      expect((await postJson(limited.app, '/api/ratings', rating(), {}, '198.51.100.31')).status).toBe(201)
    } finally {
      await limited.close()
    }
  })
})
