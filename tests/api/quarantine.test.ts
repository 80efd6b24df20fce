// Issue 13: held submissions are work a person can do. A form sent too fast
// or a flood at one store is answered like any other and tracks as "under
// review"; staff release it into a case under the same receipt or discard
// it, both audited; a sweep deletes what was held 30 days. The kiosk channel
// needs a live tablet of the same store.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createPairingCode, pairDevice } from '../../server/devices/pairing.ts'
import { sweepQuarantine } from '../../server/quarantine/sweep.ts'
import { DEVICE_TOKEN_HEADER } from '../../shared/device-token.ts'
import { DEMO_STORE, feedbackBody, loginSession, makeTestApp, postJson, staffSession, submitCase, type StaffSession, type TestApp } from '../helpers/test-app.ts'
import { newFeedbackId } from '../../shared/receipt.ts'

describe('held submissions', () => {
  let t: TestApp
  let admin: StaffSession
  beforeEach(async () => {
    t = await makeTestApp({ env: { RATE_LIMIT_FEEDBACK_PER_STORE: '3' } })
    admin = await loginSession(t.app)
  })
  afterEach(() => t.close())

  const get = (path: string, s = admin) => t.app.request(path, { headers: s.headers })
  const held = async () => ((await (await get('/api/admin/quarantine')).json()) as { items: { id: string; reason: string; receipt: string | null }[] }).items
  const track = async (receipt: string) => t.app.request(`/api/track/${receipt}`)

  it('a form sent in under 3 s tracks as under review, and staff release it into a case with the same receipt', async () => {
    const res = await postJson(t.app, '/api/feedback', feedbackBody({ fillMs: 900 }))
    expect(res.status).toBe(201)
    const { id, receipt } = (await res.json()) as { id: string; receipt: string }
    const looked = await track(receipt)
    expect(looked.status).toBe(200)
    expect(looked.headers.get('cache-control')).toBe('no-store')
    expect(((await looked.json()) as { status: string }).status).toBe('under_review')
    expect((await held()).map((h) => [h.id, h.reason])).toEqual([[id, 'too_fast']])
    expect(((await (await get('/api/admin/quarantine/count')).json()) as { count: number }).count).toBe(1)

    const released = await t.app.request(`/api/admin/quarantine/${id}/release`, { method: 'POST', headers: admin.headers })
    expect(released.status).toBe(201)
    expect(await released.json()).toEqual({ id, receipt })
    expect(((await (await track(receipt)).json()) as { status: string }).status).toBe('new')
    const page = await get(`/api/admin/feedback/${id}`)
    expect(page.status).toBe(200)
    expect(page.headers.get('cache-control')).toBe('no-store')
    expect(await held()).toEqual([])
    const audit = (await (await get('/api/admin/audit?action=quarantine_released')).json()) as { items: { target: string }[] }
    expect(audit.items.map((a) => a.target)).toEqual([id])
  })

  it('a discarded submission is gone, and the discard is audited; supervisors cannot see the list', async () => {
    const res = await postJson(t.app, '/api/feedback', feedbackBody({ hp: 'http://spam.example' }))
    const { id, receipt } = (await res.json()) as { id: string; receipt: string }
    const sup = await staffSession(t, 'sup', 'supervisor', { districts: ['东城区'] })
    expect((await get('/api/admin/quarantine', sup)).status).toBe(403)
    expect((await t.app.request(`/api/admin/quarantine/${id}/discard`, { method: 'POST', headers: admin.headers })).status).toBe(200)
    expect((await track(receipt)).status).toBe(404)
    const audit = (await (await get('/api/admin/audit?action=quarantine_discarded')).json()) as { items: { target: string }[] }
    expect(audit.items.map((a) => a.target)).toEqual([id])
  })

  it('past a store’s flood threshold, submissions are accepted and held, not refused', async () => {
    const answers = await Promise.all(
      Array.from({ length: 5 }, (_, i) => postJson(t.app, '/api/feedback', feedbackBody({ storeCode: DEMO_STORE }), {}, `198.51.100.${i + 1}`)),
    )
    expect(answers.map((r) => r.status)).toEqual([201, 201, 201, 201, 201])
    const flood = (await held()).filter((h) => h.reason === 'flood')
    expect(flood).toHaveLength(2)
    for (const h of flood) expect(((await (await track(h.receipt!)).json()) as { status: string }).status).toBe('under_review')
    // The city-wide entry has its own, larger budget: the store's flood does not touch it.
    const noStore = await postJson(t.app, '/api/feedback', feedbackBody({ storeCode: null, channel: 'web' }), {}, '203.0.113.9')
    expect(noStore.status).toBe(201)
    expect((await held()).filter((h) => h.reason === 'flood')).toHaveLength(2)
  })

  it('a submission sent with a known receipt is answered like any other, so it tells nothing', async () => {
    const known = await submitCase(t)
    const { id } = feedbackBody()
    const res = await postJson(t.app, '/api/feedback', feedbackBody({ id, receipt: known.receipt, message: '另一个人的投诉内容' }))
    expect(res.status).toBe(201)
    expect(((await res.json()) as { receipt: string }).receipt).toBe(known.receipt)
    expect((await held()).map((h) => [h.id, h.reason, h.receipt])).toEqual([[id, 'receipt_taken', null]])
  })

  it('the sweep deletes what was held for 30 days', async () => {
    await postJson(t.app, '/api/feedback', feedbackBody({ fillMs: 10 }))
    t.clock.advance(29 * 86_400_000)
    expect(await sweepQuarantine(t.db, t.clock)).toBe(0)
    t.clock.advance(2 * 86_400_000)
    expect(await sweepQuarantine(t.db, t.clock)).toBe(1)
  })
})

describe('the kiosk channel', () => {
  let t: TestApp
  beforeEach(async () => (t = await makeTestApp()))
  afterEach(() => t.close())

  it('needs a paired tablet, and a tablet files only for its own store', async () => {
    const body = (storeCode: string) => feedbackBody({ id: newFeedbackId(), storeCode, channel: 'kiosk', fillMs: 100 })
    expect((await postJson(t.app, '/api/feedback', body(DEMO_STORE))).status).toBe(401)
    const { code } = await createPairingCode(t.db, DEMO_STORE, t.clock.now())
    const { token } = await pairDevice(t.db, code, t.clock.now())
    const other = await postJson(t.app, '/api/feedback', body('44010002'), { [DEVICE_TOKEN_HEADER]: token })
    expect(other.status).toBe(403)
    expect(((await other.json()) as { error: { code: string } }).error.code).toBe('wrong_store')
    expect((await postJson(t.app, '/api/feedback', body(DEMO_STORE), { [DEVICE_TOKEN_HEADER]: token })).status).toBe(201)
  })
})
