// Every channel enters the ledger (issue 11): staff record a case received
// by hotline, letter, visit or event, and the caller gets a receipt code.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { newFeedbackId } from '../../shared/receipt.ts'
import { DEMO_STORE, feedbackBody, loginSession, makeTestApp, postJson, staffSession, type StaffSession, type TestApp } from '../helpers/test-app.ts'

describe('staff record a case received outside the QR page and the kiosk', () => {
  let t: TestApp
  let admin: StaffSession
  beforeEach(async () => {
    t = await makeTestApp()
    admin = await loginSession(t.app)
  })
  afterEach(() => t.close())

  const hotlineCall = (overrides: Record<string, unknown> = {}) => ({
    id: newFeedbackId(),
    storeCode: DEMO_STORE,
    kind: 'report',
    category: 'sale_to_minors',
    message: '来电反映：该站点周末向中学生出售刮刮乐。',
    contact: { name: '李女士', phone: '13900001111' },
    channel: 'hotline',
    ...overrides,
  })
  const record = (body: unknown, s = admin) => postJson(t.app, '/api/admin/feedback', body, s.headers)

  it('turns a hotline call into a case with a receipt code and a deadline, in the inbox like any other', async () => {
    const body = hotlineCall()
    const res = await record(body)
    expect(res.status).toBe(201)
    const accepted = await res.json()
    expect(accepted).toEqual({ id: body.id, receipt: expect.stringMatching(/^[0-9A-Z]{13}$/), status: 'new', dueAt: expect.any(String) })

    const d = await (await t.app.request(`/api/admin/feedback/${body.id}`, { headers: admin.headers })).json()
    expect(d.case).toMatchObject({ channel: 'hotline', storeCode: DEMO_STORE, status: 'new', dueAt: accepted.dueAt, contact: { phone: '139****1111' } })
    expect(d.events[0]).toMatchObject({ type: 'created', actor: 'admin', data: { channel: 'hotline' } })
    // The caller follows it on /track with the code read out on the phone.
    expect((await t.app.request(`/api/track/${accepted.receipt}`)).status).toBe(200)
    // The same id again (a double click) stores nothing new.
    const again = await record(body)
    expect(again.status).toBe(200)
    expect(await again.json()).toEqual(accepted)
  })

  it('records a letter without a store, with the deadline counted from when it arrived', async () => {
    const body = hotlineCall({ storeCode: null, channel: 'letter', kind: 'complaint', category: 'service_attitude', contact: undefined, receivedAt: '2026-11-27T01:00:00.000Z' })
    const res = await record(body)
    expect(res.status).toBe(201)
    // Received Friday 27 Nov: 5 working days (the category's SLA) end Friday 4 Dec.
    expect((await res.json()).dueAt).toBe('2026-12-04T15:59:59.999Z')
  })

  it('accepts every staff channel here and none of them on the public route', async () => {
    for (const channel of ['hotline', 'letter', 'visit', 'event']) {
      expect((await record(hotlineCall({ channel }))).status).toBe(201)
      const pub = await postJson(t.app, '/api/feedback', feedbackBody({ channel }))
      expect(pub.status).toBe(400)
      expect((await pub.json()).error.fields).toEqual({ channel: 'invalid' })
    }
    expect((await record(hotlineCall({ channel: 'qr' }))).status).toBe(400)
  })

  it('refuses a receivedAt in the future and an unknown store', async () => {
    const future = await record(hotlineCall({ receivedAt: '2026-12-30T00:00:00.000Z' }))
    expect((await future.json()).error.fields).toEqual({ receivedAt: 'in_future' })
    expect((await record(hotlineCall({ storeCode: '99999999' }))).status).toBe(404)
  })

  it('is for centre staff: a viewer or a supervisor is refused', async () => {
    for (const role of ['viewer', 'supervisor'] as const) {
      const s = await staffSession(t, `u-${role}`, role, { districts: ['东城区'] })
      expect((await record(hotlineCall(), s)).status).toBe(403)
    }
    const staff = await staffSession(t, 'centre', 'staff')
    expect((await record(hotlineCall(), staff)).status).toBe(201)
  })
})
