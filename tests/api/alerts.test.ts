// Alerts that leave the building (issue 11): notification channels, the
// outbox and its worker, the formats of each kind of receiver, and what an
// alert must never carry.
import { createHmac } from 'node:crypto'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { deliverDue } from '../../server/alerts/delivery-worker.ts'
import { startReceiver, type Receiver } from '../helpers/receiver.ts'
import { DEMO_STORE, loginSession, makeTestApp, postJson, sendJson, staffSession, submitCase, type StaffSession, type TestApp } from '../helpers/test-app.ts'

const PHONE = '13812345678'
const REPORT_TEXT = '店主周末向初中生出售刮刮乐，还教他们怎么刮。'

describe('notification channels', () => {
  let t: TestApp
  let admin: StaffSession
  let receiver: Receiver
  beforeEach(async () => {
    t = await makeTestApp({ env: { NOTIFY_ALLOW_PRIVATE_TARGETS: '1' } })
    admin = await loginSession(t.app)
    receiver = await startReceiver()
  })
  afterEach(async () => {
    await receiver.close()
    await t.close()
  })

  const addChannel = async (body: Record<string, unknown>) => {
    const res = await postJson(t.app, '/api/admin/notification-channels', body, admin.headers)
    expect(res.status).toBe(201)
    return (await res.json()) as { id: number }
  }
  const graveReport = () =>
    submitCase(t, { kind: 'report', category: 'sale_to_minors', message: REPORT_TEXT, contact: { name: '王先生', phone: PHONE } })

  it('sends a grave report to a signed webhook with the case facts and nothing personal', async () => {
    await addChannel({ type: 'webhook', target: `${receiver.url}/hook`, events: ['case.grave'], secret: 'hook-secret' })
    const { id, receipt } = await graveReport()
    await submitCase(t) // a complaint of a category that is not grave: no alert
    expect(await deliverDue(t.deps)).toBe(1)

    expect(receiver.received).toHaveLength(1)
    const [hit] = receiver.received
    const delivery = hit!.headers['x-storevoice-delivery']
    expect(hit!.headers['x-storevoice-signature']).toBe(`sha256=${createHmac('sha256', 'hook-secret').update(hit!.body).digest('hex')}`)
    const body = JSON.parse(hit!.body)
    expect(body).toMatchObject({
      id: delivery,
      event: 'case.grave',
      occurredAt: expect.any(String),
      case: { id, kind: 'report', category: 'sale_to_minors', storeCode: DEMO_STORE, district: expect.any(String), status: 'new', dueAt: expect.any(String), url: expect.stringContaining(`/staff/cases/${id}`) },
    })
    for (const secret of [PHONE, '王先生', receipt, REPORT_TEXT]) expect(hit!.body).not.toContain(secret)

    const log = await (await t.app.request('/api/admin/notification-deliveries', { headers: admin.headers })).json()
    expect(log.items).toEqual([expect.objectContaining({ id: delivery, event: 'case.grave', status: 'delivered', attempts: [expect.objectContaining({ ok: true, httpStatus: 200 })] })])
  })

  it('writes WeCom and DingTalk robot messages in their own formats', async () => {
    await addChannel({ type: 'wecom', target: `${receiver.url}/wecom`, events: ['case.created'] })
    await addChannel({ type: 'dingtalk', target: `${receiver.url}/dingtalk`, events: ['case.created'], secret: 'SECdingtalk' })
    const { receipt } = await graveReport()
    expect(await deliverDue(t.deps)).toBe(2)
    const wecom = receiver.received.find((r) => r.path === '/wecom')!
    expect(JSON.parse(wecom.body)).toEqual({ msgtype: 'markdown', markdown: { content: expect.stringContaining('向未成年人销售彩票') } })
    const dingtalk = receiver.received.find((r) => r.path.startsWith('/dingtalk'))!
    const url = new URL(dingtalk.path, receiver.url)
    const timestamp = url.searchParams.get('timestamp')!
    expect(url.searchParams.get('sign')).toBe(createHmac('sha256', 'SECdingtalk').update(`${timestamp}\nSECdingtalk`).digest('base64'))
    expect(JSON.parse(dingtalk.body)).toEqual({ msgtype: 'markdown', markdown: { title: expect.stringContaining('举报'), text: expect.stringContaining('期限') } })
    for (const r of receiver.received) for (const secret of [PHONE, receipt, REPORT_TEXT]) expect(r.body).not.toContain(secret)
  })

  it('limits a channel to its districts, and keeps conflict-of-interest cases to whole-city channels', async () => {
    const store = (await (await t.app.request(`/api/admin/stores/${DEMO_STORE}`, { headers: admin.headers })).json()) as { district: string }
    await addChannel({ type: 'webhook', target: `${receiver.url}/district`, events: ['case.created'], districts: [store.district] })
    const elsewhere = store.district === '西城区' ? '东城区' : '西城区'
    await addChannel({ type: 'webhook', target: `${receiver.url}/elsewhere`, events: ['case.created'], districts: [elsewhere] })
    await addChannel({ type: 'webhook', target: `${receiver.url}/city`, events: ['case.created'] })
    await submitCase(t)
    await submitCase(t, { kind: 'report', category: 'staff_misconduct', message: '专管员收取站点好处费。' })
    await deliverDue(t.deps)
    const paths = receiver.received.map((r) => r.path).sort()
    expect(paths).toEqual(['/city', '/city', '/district'])
  })

  it('alerts when the reporter writes again', async () => {
    await addChannel({ type: 'webhook', target: receiver.url, events: ['case.reporter_message'] })
    const { receipt } = await submitCase(t)
    expect(await deliverDue(t.deps)).toBe(0)
    await postJson(t.app, `/api/track/${receipt}/messages`, { text: `补充：我的电话 ${PHONE}` })
    await deliverDue(t.deps)
    expect(receiver.received).toHaveLength(1)
    expect(JSON.parse(receiver.received[0]!.body).event).toBe('case.reporter_message')
    expect(receiver.received[0]!.body).not.toContain(PHONE)
  })

  it('marks categories grave, by admin only', async () => {
    const res = await sendJson(t.app, 'PATCH', '/api/admin/categories/service_attitude', { grave: true }, admin.headers)
    expect(res.status).toBe(200)
    expect(await res.json()).toMatchObject({ id: 'service_attitude', grave: true })
    const staff = await staffSession(t, 'li', 'staff')
    expect((await sendJson(t.app, 'PATCH', '/api/admin/categories/service_attitude', { grave: false }, staff.headers)).status).toBe(403)
  })

  it('edits and deletes channels, admin only', async () => {
    const { id } = await addChannel({ type: 'email', target: 'duty@centre.example', events: ['digest.daily'] })
    expect((await sendJson(t.app, 'PATCH', `/api/admin/notification-channels/${id}`, { events: ['digest.daily', 'case.grave'] }, admin.headers)).status).toBe(200)
    const list = await (await t.app.request('/api/admin/notification-channels', { headers: admin.headers })).json()
    expect(list).toEqual([expect.objectContaining({ id, type: 'email', target: 'duty@centre.example', events: ['digest.daily', 'case.grave'], districts: [] })])
    const staff = await staffSession(t, 'li', 'staff')
    expect((await t.app.request('/api/admin/notification-channels', { headers: staff.headers })).status).toBe(403)
    expect((await t.app.request(`/api/admin/notification-channels/${id}`, { method: 'DELETE', headers: admin.headers })).status).toBe(204)
    expect(await (await t.app.request('/api/admin/notification-channels', { headers: admin.headers })).json()).toEqual([])
  })

  it('shows a channel secret only in the answer that makes it, and still signs with it', async () => {
    const made = await postJson(t.app, '/api/admin/notification-channels', { type: 'webhook', target: `${receiver.url}/made`, events: ['case.created'] }, admin.headers)
    const { id: madeId, secret } = (await made.json()) as { id: number; secret: string }
    expect(secret).toMatch(/^[\w-]{20,}$/)
    const given = await postJson(t.app, '/api/admin/notification-channels', { type: 'dingtalk', target: `${receiver.url}/given`, events: ['case.created'], secret: 'SECgiven' }, admin.headers)
    expect(await given.json()).toEqual({ id: expect.any(Number) })
    const { id: bareId } = await addChannel({ type: 'wecom', target: `${receiver.url}/bare`, events: ['case.created'] })

    const listed = await (await t.app.request('/api/admin/notification-channels', { headers: admin.headers })).text()
    expect(listed).not.toContain(secret)
    expect(listed).not.toContain('SECgiven')
    expect(listed).not.toContain('"secret"')
    expect(JSON.parse(listed).map((c: { hasSecret: boolean }) => c.hasSecret)).toEqual([true, true, false])

    const patched = await sendJson(t.app, 'PATCH', `/api/admin/notification-channels/${madeId}`, { events: ['case.created', 'case.grave'] }, admin.headers)
    const patchedText = await patched.text()
    expect(patchedText).not.toContain(secret)
    expect(JSON.parse(patchedText)).toMatchObject({ id: madeId, hasSecret: true })
    const rekeyed = await sendJson(t.app, 'PATCH', `/api/admin/notification-channels/${bareId}`, { secret: 'new-key' }, admin.headers)
    expect(await rekeyed.text()).not.toContain('new-key')

    // The edit kept the made secret: the worker still signs with it.
    await submitCase(t)
    await deliverDue(t.deps)
    const hit = receiver.received.find((r) => r.path === '/made')
    expect(hit!.headers['x-storevoice-signature']).toBe(`sha256=${createHmac('sha256', secret).update(hit!.body).digest('hex')}`)
  })

  it('refuses a district the registry does not have, on create and on edit, as a field error', async () => {
    for (const districts of [['东成区'], ['东城区', '不存在区']]) {
      const res = await postJson(t.app, '/api/admin/notification-channels', { type: 'email', target: 'duty@centre.example', events: ['case.created'], districts }, admin.headers)
      expect(res.status).toBe(400)
      expect((await res.json()).error).toMatchObject({ code: 'validation_failed', fields: { [`districts.${districts.length - 1}`]: 'unknown' } })
    }
    const { id } = await addChannel({ type: 'email', target: 'duty@centre.example', events: ['case.created'], districts: ['东城区'] })
    const res = await sendJson(t.app, 'PATCH', `/api/admin/notification-channels/${id}`, { districts: ['东城区', '东成区'] }, admin.headers)
    expect(res.status).toBe(400)
    expect((await res.json()).error.fields).toEqual({ 'districts.1': 'unknown' })
    const list = await (await t.app.request('/api/admin/notification-channels', { headers: admin.headers })).json()
    expect(list).toEqual([expect.objectContaining({ id, districts: ['东城区'] })])
  })

  it('refuses a target that does not fit its type', async () => {
    for (const body of [
      { type: 'webhook', target: 'duty@centre.example', events: ['case.created'] },
      { type: 'email', target: 'https://example.com/', events: ['case.created'] },
    ]) {
      const res = await postJson(t.app, '/api/admin/notification-channels', body, admin.headers)
      expect(res.status).toBe(400)
      expect((await res.json()).error.fields).toEqual({ target: 'invalid' })
    }
  })
})

describe('private targets', () => {
  it('are refused unless NOTIFY_ALLOW_PRIVATE_TARGETS=1', async () => {
    const t = await makeTestApp()
    try {
      const admin = await loginSession(t.app)
      for (const target of ['http://127.0.0.1:9/hook', 'http://10.1.2.3/hook', 'http://localhost/hook', 'http://[::1]/hook', 'http://192.168.1.10/']) {
        const res = await postJson(t.app, '/api/admin/notification-channels', { type: 'webhook', target, events: ['case.created'] }, admin.headers)
        expect(res.status).toBe(400)
        expect((await res.json()).error.fields).toEqual({ target: 'not_allowed' })
      }
    } finally {
      await t.close()
    }
  })
})

describe('the outbox', () => {
  it('survives a restart with the receiver down, then delivers exactly once with the same delivery id', async () => {
    const first = await makeTestApp({ env: { NOTIFY_ALLOW_PRIVATE_TARGETS: '1' }, keepData: true })
    const down = await startReceiver()
    const port = down.port
    await down.close() // the receiver is down: connections are refused
    const admin = await loginSession(first.app)
    await postJson(first.app, '/api/admin/notification-channels', { type: 'webhook', target: `http://127.0.0.1:${port}/hook`, events: ['case.created'] }, admin.headers)
    await submitCase(first)
    expect(await deliverDue(first.deps)).toBe(1)
    const before = await (await first.app.request('/api/admin/notification-deliveries', { headers: admin.headers })).json()
    expect(before.items).toEqual([expect.objectContaining({ status: 'pending', attempts: [expect.objectContaining({ ok: false })] })])
    await first.db.close()

    const receiver = await startReceiver(port)
    const second = await makeTestApp({ env: { NOTIFY_ALLOW_PRIVATE_TARGETS: '1' }, dataDir: first.dataDir, databaseUrl: first.databaseUrl })
    try {
      expect(await deliverDue(second.deps, { ignoreBackoff: true })).toBe(1)
      expect(await deliverDue(second.deps, { ignoreBackoff: true })).toBe(0)
      second.clock.advance(3 * 3600_000)
      expect(await deliverDue(second.deps)).toBe(0)
      expect(receiver.received).toHaveLength(1)
      expect(receiver.received[0]!.headers['x-storevoice-delivery']).toBe(before.items[0].id)
      const after = await (await second.app.request('/api/admin/notification-deliveries?status=delivered', { headers: (await loginSession(second.app)).headers })).json()
      expect(after.items).toEqual([expect.objectContaining({ id: before.items[0].id, attempts: [expect.objectContaining({ ok: false }), expect.objectContaining({ ok: true })] })])
    } finally {
      await receiver.close()
      await second.close()
    }
  })

  it('retries with a growing pause for a day, then gives up', async () => {
    const t = await makeTestApp({ env: { NOTIFY_ALLOW_PRIVATE_TARGETS: '1' } })
    const receiver = await startReceiver()
    receiver.answer = { status: 503, body: '' }
    try {
      const admin = await loginSession(t.app)
      await postJson(t.app, '/api/admin/notification-channels', { type: 'webhook', target: receiver.url, events: ['case.created'] }, admin.headers)
      await submitCase(t)
      let attempts = 0
      for (let hour = 0; hour <= 26; hour++) {
        attempts += await deliverDue(t.deps)
        t.clock.advance(3600_000)
      }
      expect(attempts).toBeGreaterThan(5)
      expect(attempts).toBeLessThan(30)
      const admin2 = await loginSession(t.app) // a day later: a new session
      const log = await (await t.app.request('/api/admin/notification-deliveries?status=failed', { headers: admin2.headers })).json()
      expect(log.items).toHaveLength(1)
      expect(log.items[0].attempts).toHaveLength(attempts)
      expect(log.items[0].attempts.every((a: { httpStatus: number }) => a.httpStatus === 503)).toBe(true)
    } finally {
      await receiver.close()
      await t.close()
    }
  })
})

