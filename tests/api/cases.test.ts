import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { DEMO_STORE, loginSession, makeTestApp, postJson, sendJson, staffSession, submitCase, type StaffSession, type TestApp } from '../helpers/test-app.ts'

describe('working a case through its lifecycle', () => {
  let t: TestApp
  let admin: StaffSession
  beforeEach(async () => {
    t = await makeTestApp()
    admin = await loginSession(t.app)
  })
  afterEach(() => t.close())

  const patch = (id: string, body: unknown, s = admin) => sendJson(t.app, 'PATCH', `/api/admin/feedback/${id}`, body, s.headers)
  const detail = async (id: string, s = admin) => (await t.app.request(`/api/admin/feedback/${id}`, { headers: s.headers })).json()
  const storeRow = async () =>
    ((await (await t.app.request(`/api/admin/stats/stores?q=${DEMO_STORE}`, { headers: admin.headers })).json()).items as { storeCode: string; open: number; total: number; medianCloseHours: number | null }[]).find(
      (r) => r.storeCode === DEMO_STORE,
    )!

  it('goes new → assigned → in_progress → resolved → closed, with every step on the timeline and the counters kept right', async () => {
    await staffSession(t, 'li', 'staff')
    const { id, receipt } = await submitCase(t)
    expect(await storeRow()).toMatchObject({ total: 1, open: 1 })

    let res = await patch(id, { assignee: 'li' })
    expect(res.status).toBe(200)
    expect((await res.json()).case).toMatchObject({ status: 'assigned', assignee: 'li' })
    t.clock.advance(3_600_000)
    expect((await patch(id, { status: 'in_progress' })).status).toBe(200)
    expect((await patch(id, { status: 'resolved' })).status).toBe(200)
    expect(await storeRow()).toMatchObject({ total: 1, open: 0 })
    t.clock.advance(3_600_000)
    res = await patch(id, { status: 'closed' })
    expect((await res.json()).case).toMatchObject({ status: 'closed', closedAt: t.clock.now().toISOString(), overdue: false })
    expect(await storeRow()).toMatchObject({ total: 1, open: 0, medianCloseHours: 2 })

    const d = await detail(id)
    expect(d.allowedTransitions).toEqual([])
    expect(d.events.map((e: { type: string; actor: string | null; data: Record<string, unknown> }) => [e.type, e.actor, e.data.to ?? null])).toEqual([
      ['created', null, null],
      ['assigned', 'admin', 'li'],
      ['status', 'admin', 'assigned'],
      ['status', 'admin', 'in_progress'],
      ['status', 'admin', 'resolved'],
      ['status', 'admin', 'closed'],
    ])
    const track = await (await t.app.request(`/api/track/${receipt}`)).json()
    expect(track).toMatchObject({ status: 'closed', closedAt: expect.any(String) })
  })

  it('answers 409 illegal_transition to a move the lifecycle does not allow, and changes nothing', async () => {
    const { id } = await submitCase(t)
    for (const status of ['closed', 'resolved']) {
      const res = await patch(id, { status })
      expect(res.status).toBe(409)
      expect((await res.json()).error.code).toBe('illegal_transition')
    }
    expect((await detail(id)).case.status).toBe('new')
    expect((await detail(id)).events).toHaveLength(1)
    await patch(id, { status: 'in_progress' })
    await patch(id, { status: 'resolved' })
    await patch(id, { status: 'closed' })
    expect((await patch(id, { status: 'in_progress' })).status).toBe(409)
  })

  it('rejects only with a reason; marking as spam is a rejection with reason "spam", and can be undone', async () => {
    const { id } = await submitCase(t)
    const bare = await patch(id, { status: 'rejected' })
    expect(bare.status).toBe(400)
    expect((await bare.json()).error.fields).toEqual({ reason: 'required' })
    expect((await patch(id, { status: 'rejected', reason: 'spam' })).status).toBe(200)
    const d = await detail(id)
    expect(d.case).toMatchObject({ status: 'rejected', closedAt: expect.any(String) })
    expect(d.events.at(-1)).toMatchObject({ type: 'status', data: { from: 'new', to: 'rejected', reason: 'spam' } })
    expect(await storeRow()).toMatchObject({ total: 1, open: 0 })
    expect((await patch(id, { status: 'new' })).status).toBe(200)
    expect((await detail(id)).case).toMatchObject({ status: 'new', closedAt: null })
    expect(await storeRow()).toMatchObject({ total: 1, open: 1 })
  })

  it('moves a deadline only with a reason, and records the old and new date', async () => {
    const { id } = await submitCase(t)
    const before = (await detail(id)).case.dueAt
    expect((await patch(id, { dueAt: '2026-12-31T09:00:00.000Z' })).status).toBe(400)
    expect((await patch(id, { dueAt: '2026-12-31T09:00:00.000Z', reason: '需要现场核查' })).status).toBe(200)
    const d = await detail(id)
    expect(d.case.dueAt).toBe('2026-12-31T09:00:00.000Z')
    expect(d.events.at(-1)).toMatchObject({ type: 'due_changed', actor: 'admin', data: { from: before, to: '2026-12-31T09:00:00.000Z', reason: '需要现场核查' } })
  })

  it('refuses to assign to an unknown account or to a supervisor outside the case area', async () => {
    const { id } = await submitCase(t)
    await staffSession(t, 'sup-west', 'supervisor', { districts: ['西城区'] })
    expect((await (await patch(id, { assignee: 'ghost' })).json()).error.fields).toEqual({ assignee: 'unknown' })
    expect((await (await patch(id, { assignee: 'sup-west' })).json()).error.fields).toEqual({ assignee: 'not_allowed' })
    expect((await detail(id)).case).toMatchObject({ status: 'new', assignee: null })
  })

  it('shows a public reply on /track but never an internal note; a reporter follow-up flags the case as updated', async () => {
    const { id, receipt } = await submitCase(t)
    const reply = (text: string, isPublic: boolean) => postJson(t.app, `/api/admin/feedback/${id}/replies`, { text, public: isPublic }, admin.headers)
    expect((await reply('内部：已联系站点负责人', false)).status).toBe(201)
    expect((await reply('您好，我们已约谈站点，正在整改。', true)).status).toBe(201)
    const track = await (await t.app.request(`/api/track/${receipt}`)).json()
    expect(track.messages.map((m: { text: string }) => m.text)).toEqual(['您好，我们已约谈站点，正在整改。'])

    t.clock.advance(60_000)
    expect((await postJson(t.app, `/api/track/${receipt}/messages`, { text: '今天去看了，还是没有改。' })).status).toBe(201)
    let d = await detail(id)
    expect(d.case.hasReporterUpdate).toBe(true)
    expect(d.events.map((e: { type: string }) => e.type)).toEqual(['created', 'note', 'reply', 'reporter_message'])
    expect(d.messages.map((m: { author: string; public: boolean; by: string | null }) => [m.author, m.public, m.by])).toEqual([
      ['staff', false, 'admin'],
      ['staff', true, 'admin'],
      ['reporter', true, null],
    ])
    const list = await (await t.app.request('/api/admin/feedback', { headers: admin.headers })).json()
    expect(list.items[0]).toMatchObject({ id, hasReporterUpdate: true })
    t.clock.advance(60_000)
    await reply('收到，再次督促整改。', true)
    d = await detail(id)
    expect(d.case.hasReporterUpdate).toBe(false)
  })

  it('masks contact data everywhere until the handler reveals it, and audits the reveal', async () => {
    const { id } = await submitCase(t)
    const sup = await staffSession(t, 'sup-east', 'supervisor', { districts: ['东城区'] })
    const d = await detail(id)
    expect(d.case.contact).toEqual({ name: '张*', phone: '138****5678' })
    expect(JSON.stringify(d)).not.toContain('13812345678')

    // A supervisor may reveal only on a case handed to them.
    expect((await postJson(t.app, `/api/admin/feedback/${id}/reveal`, {}, sup.headers)).status).toBe(403)
    await patch(id, { assignee: 'sup-east' })
    const res = await postJson(t.app, `/api/admin/feedback/${id}/reveal`, {}, sup.headers)
    expect(await res.json()).toEqual({ contact: { name: '张三', phone: '13812345678' } })

    const audit = await (await t.app.request('/api/admin/audit?action=contact_revealed', { headers: admin.headers })).json()
    expect(audit.items).toEqual([expect.objectContaining({ actor: 'sup-east', action: 'contact_revealed', target: id })])
    expect((await detail(id)).events.at(-1)).toMatchObject({ type: 'contact_revealed', actor: 'sup-east' })
  })

  it('filters the inbox, counts per status, and flags overdue and due-soon cases', async () => {
    const a = await submitCase(t, { message: '兑奖时被拒绝，店员说奖金不够。', kind: 'complaint', category: 'payout_refused' })
    const b = await submitCase(t, { storeCode: '44020001', kind: 'suggestion', category: 'suggestion_service', message: '希望增加座位。' })
    await submitCase(t, { storeCode: '44030001' })
    await patch(b.id, { status: 'in_progress' })
    const list = async (query: string) => (await t.app.request(`/api/admin/feedback?${query}`, { headers: admin.headers })).json()

    expect((await list('q=奖金')).items.map((c: { id: string }) => c.id)).toEqual([a.id])
    expect((await list('district=西城区')).items.map((c: { id: string }) => c.id)).toEqual([b.id])
    expect((await list('status=in_progress')).total).toBe(1)
    expect((await list('status=new,in_progress')).total).toBe(3)
    expect((await list('kind=suggestion')).counts.byStatus).toMatchObject({ new: 0, in_progress: 1 })
    expect((await list('')).counts).toMatchObject({ byStatus: { new: 2, in_progress: 1, closed: 0 }, overdue: 0 })
    expect((await list('from=2026-12-01')).total).toBe(0)
    expect((await list('from=2026-11-30&to=2026-11-30')).total).toBe(3)
    expect((await list('sort=bogus')).error.code).toBe('validation_failed')

    // Complaints are due in 5 working days (Mon 30 Nov → Mon 7 Dec), suggestions in 15.
    // Days pass; the idle session has long expired.
    t.clock.set('2026-12-06T06:00:00.000Z')
    admin = await loginSession(t.app)
    const soon = await list('dueSoon=1')
    expect(soon.items.map((c: { kind: string; dueSoon: boolean }) => [c.kind, c.dueSoon])).toEqual([
      ['complaint', true],
      ['complaint', true],
    ])
    t.clock.set('2026-12-08T01:00:00.000Z')
    admin = await loginSession(t.app)
    const overdue = await list('overdue=1')
    expect(overdue.total).toBe(2)
    expect(overdue.counts.overdue).toBe(2)
    expect(overdue.items.every((c: { overdue: boolean; ackOverdue: boolean }) => c.overdue && c.ackOverdue)).toBe(true)
  })

  it('flags a case still new after one working day as late to be acknowledged', async () => {
    // Received Fri 4 Dec, 10:00 China time: to be acknowledged by the end of Mon 7 Dec.
    t.clock.set('2026-12-04T02:00:00.000Z')
    const late = await submitCase(t, { createdAt: t.clock.now().toISOString() })
    const taken = await submitCase(t, { createdAt: t.clock.now().toISOString() })
    const look = async (iso: string) => {
      t.clock.set(iso)
      admin = await loginSession(t.app)
      await patch(taken.id, { status: 'in_progress' })
      return (await t.app.request('/api/admin/feedback?ackOverdue=1', { headers: admin.headers })).json()
    }
    expect((await look('2026-12-07T12:00:00.000Z')).total).toBe(0) // Mon 7 Dec, 20:00
    const tuesday = await look('2026-12-08T01:00:00.000Z') // Tue 8 Dec, 09:00
    expect(tuesday.items.map((c: { id: string; ackOverdue: boolean }) => [c.id, c.ackOverdue])).toEqual([[late.id, true]])
    expect(tuesday.counts.ackOverdue).toBe(1)
    const dash = await (await t.app.request('/api/admin/stats/dashboard', { headers: admin.headers })).json()
    expect(dash.ackOverdue).toBe(1)
  })
})
