// The morning digest (issue 11): 08:30 China time on working days of the
// holiday calendar, by e-mail through a real SMTP server in the test.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { queueDailyDigest } from '../../server/alerts/daily-digest.ts'
import { deliverDue } from '../../server/alerts/delivery-worker.ts'
import { startReceiver } from '../helpers/receiver.ts'
import { mailText, startSmtp } from '../helpers/smtp.ts'
import { DEMO_STORE, loginSession, makeTestApp, postJson, sendJson, submitCase, type TestApp } from '../helpers/test-app.ts'

describe('the daily digest', () => {
  let t: TestApp
  let smtp: Awaited<ReturnType<typeof startSmtp>>
  beforeEach(async () => {
    smtp = await startSmtp()
    // Tuesday 29 September 2026, 10:00 in China.
    t = await makeTestApp({ now: '2026-09-29T02:00:00.000Z', env: { SMTP_URL: smtp.url, MAIL_FROM: 'storevoice@centre.example', NOTIFY_ALLOW_PRIVATE_TARGETS: '1' } })
  })
  afterEach(async () => {
    await t.close()
    await smtp.close()
  })

  const at = async (iso: string, overrides: Record<string, unknown> = {}) => {
    t.clock.set(iso)
    return submitCase(t, { createdAt: iso, ...overrides })
  }

  it('goes out at 08:30 on the first working day after the holiday, counting what came in over it', async () => {
    const admin = await loginSession(t.app)
    const res = await postJson(t.app, '/api/admin/notification-channels', { type: 'email', target: 'duty@centre.example', events: ['digest.daily'] }, admin.headers)
    expect(res.status).toBe(201)
    const store = (await (await t.app.request(`/api/admin/stores/${DEMO_STORE}`, { headers: admin.headers })).json()) as { district: string }

    await at('2026-09-29T02:00:00.000Z', { contact: { name: '张三', phone: '13812345678' } }) // Tue 10:00: still not acknowledged on the 8th
    await at('2026-09-29T23:00:00.000Z') // Wed 30 Sep 07:00: before that day's digest
    const { receipt } = await at('2026-10-03T04:00:00.000Z') // during the National Day holiday
    await at('2026-10-08T00:00:00.000Z') // Thu 8 Oct 08:00

    // No digest on a holiday, nor before 08:30.
    t.clock.set('2026-10-07T01:00:00.000Z')
    expect(await queueDailyDigest(t.deps)).toBe(0)
    t.clock.set('2026-10-08T00:29:00.000Z')
    expect(await queueDailyDigest(t.deps)).toBe(0)
    t.clock.set('2026-10-08T00:30:00.000Z')
    expect(await queueDailyDigest(t.deps)).toBe(1)
    expect(await queueDailyDigest(t.deps)).toBe(0)
    expect(await deliverDue(t.deps)).toBe(1)

    expect(smtp.mails).toHaveLength(1)
    const [mail] = smtp.mails
    expect(mail).toMatchObject({ from: 'storevoice@centre.example', to: ['duty@centre.example'] })
    const text = mailText(mail!.raw)
    // New since Wed 30 Sep 08:30 (the last working day's digest): the holiday's and this morning's.
    expect(text).toContain(`${store.district}：新增 2，逾期 0，今日到期 0，未受理 1`)
    for (const secret of ['13812345678', '张三', receipt, '店员态度恶劣']) expect(mail!.raw).not.toContain(secret)
  })
  it('counts per store supervisor for a channel that asks for it, within its districts', async () => {
    const admin = await loginSession(t.app)
    // The demo city has one supervisor per district: one store of 东城区 gets another.
    expect((await sendJson(t.app, 'PATCH', '/api/admin/stores/44010002', { supervisorName: '孙婷' }, admin.headers)).status).toBe(200)
    const add = (body: Record<string, unknown>) =>
      postJson(t.app, '/api/admin/notification-channels', { type: 'email', events: ['digest.daily'], ...body }, admin.headers)
    const unknown = await add({ target: 'x@centre.example', digestBy: 'manager' })
    expect(unknown.status).toBe(400)
    expect(await unknown.json()).toMatchObject({ error: { fields: { digestBy: 'invalid' } } })
    const east = (await (await add({ target: 'east@centre.example', districts: ['东城区'], digestBy: 'supervisor' })).json()) as { id: number }
    expect((await add({ target: 'duty@centre.example' })).status).toBe(201)
    // The same digest to the district's supervisors' group robot and to a webhook.
    const receiver = await startReceiver()
    for (const type of ['wecom', 'webhook']) {
      expect((await add({ type, target: `${receiver.url}/${type}`, districts: ['东城区'], digestBy: 'supervisor' })).status).toBe(201)
    }
    const listed = (await (await t.app.request('/api/admin/notification-channels', { headers: admin.headers })).json()) as { id: number; digestBy: string }[]
    expect(listed.map((c) => c.digestBy)).toEqual(['supervisor', 'district', 'supervisor', 'supervisor'])

    await at('2026-10-08T00:00:00.000Z', { storeCode: '44010001' })
    await at('2026-10-08T00:05:00.000Z', { storeCode: '44010001' })
    await at('2026-10-08T00:10:00.000Z', { storeCode: '44010002' })
    await at('2026-10-08T00:15:00.000Z', { storeCode: '44020001' })
    t.clock.set('2026-10-08T00:30:00.000Z')
    expect(await queueDailyDigest(t.deps)).toBe(4)
    expect(await deliverDue(t.deps)).toBe(4)
    await receiver.close()
    const wecom = JSON.parse(receiver.received.find((r) => r.path === '/wecom')!.body) as { markdown: { content: string } }
    expect(wecom.markdown.content).toContain('东城区 · 王建国：新增 2，')
    const webhook = JSON.parse(receiver.received.find((r) => r.path === '/webhook')!.body) as { digest: { rows: unknown[] } }
    expect(webhook.digest.rows).toEqual([
      expect.objectContaining({ district: '东城区', supervisor: '孙婷', new: 1 }),
      expect.objectContaining({ district: '东城区', supervisor: '王建国', new: 2 }),
    ])
    const mailTo = (to: string) => mailText(smtp.mails.find((m) => m.to.includes(to))!.raw)
    const eastText = mailTo('east@centre.example')
    expect(eastText).toContain('东城区 · 王建国：新增 2，')
    expect(eastText).toContain('东城区 · 孙婷：新增 1，')
    expect(eastText).not.toContain('西城区')
    const dutyText = mailTo('duty@centre.example')
    expect(dutyText).toContain('东城区：新增 3，')
    expect(dutyText).toContain('西城区：新增 1，')
    expect(dutyText).not.toContain('王建国')

    // Switched back (a new session: the clock has moved nine days), the channel counts per district again.
    const later = await loginSession(t.app)
    const patched = await sendJson(t.app, 'PATCH', `/api/admin/notification-channels/${east.id}`, { digestBy: 'district' }, later.headers)
    expect(await patched.json()).toMatchObject({ digestBy: 'district' })
  })
})
