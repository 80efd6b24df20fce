// Faster casework (issue 11): bulk actions on the inbox, replying and moving
// a case in one step, "my cases", and reply templates.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { loginSession, makeTestApp, postJson, sendJson, staffSession, submitCase, type StaffSession, type TestApp } from '../helpers/test-app.ts'

describe('working many cases at once', () => {
  let t: TestApp
  let admin: StaffSession
  beforeEach(async () => {
    t = await makeTestApp()
    admin = await loginSession(t.app)
  })
  afterEach(() => t.close())

  const bulk = (body: unknown, s = admin) => postJson(t.app, '/api/admin/feedback/bulk', body, s.headers)
  const detail = async (id: string) => (await t.app.request(`/api/admin/feedback/${id}`, { headers: admin.headers })).json()

  it('assigns several cases, one audited event per case, and answers per id', async () => {
    await staffSession(t, 'li', 'staff')
    const a = await submitCase(t)
    const b = await submitCase(t)
    const res = await bulk({ ids: [a.id, b.id], action: 'assign', assignee: 'li' })
    expect(res.status).toBe(200)
    expect(await res.json()).toEqual({ results: [{ id: a.id, ok: true }, { id: b.id, ok: true }] })
    for (const { id } of [a, b]) {
      const d = await detail(id)
      expect(d.case).toMatchObject({ status: 'assigned', assignee: 'li' })
      expect(d.events.filter((e: { type: string }) => e.type === 'assigned')).toHaveLength(1)
    }
    const audit = await (await t.app.request('/api/admin/audit?action=case_changed', { headers: admin.headers })).json()
    expect(audit.items.filter((e: { target: string }) => [a.id, b.id].includes(e.target))).toHaveLength(2)
  })

  it('respects the lifecycle per case: an illegal move fails for that case only', async () => {
    const open = await submitCase(t)
    const closed = await submitCase(t)
    for (const status of ['in_progress', 'resolved', 'closed']) await sendJson(t.app, 'PATCH', `/api/admin/feedback/${closed.id}`, { status }, admin.headers)
    const res = await bulk({ ids: [open.id, closed.id], action: 'status', status: 'in_progress' })
    expect((await res.json()).results).toEqual([
      { id: open.id, ok: true },
      { id: closed.id, ok: false, error: 'illegal_transition' },
    ])
    expect((await detail(closed.id)).case.status).toBe('closed')
  })

  it('rejects with a reason only', async () => {
    const a = await submitCase(t)
    const bare = await bulk({ ids: [a.id], action: 'reject' })
    expect(bare.status).toBe(400)
    expect((await bare.json()).error.fields).toEqual({ reason: 'required' })
    expect((await (await bulk({ ids: [a.id], action: 'reject', reason: 'spam' })).json()).results).toEqual([{ id: a.id, ok: true }])
    expect((await detail(a.id)).events.at(-1)).toMatchObject({ type: 'status', data: { to: 'rejected', reason: 'spam' } })
  })

  it('respects a supervisor’s scope: cases elsewhere or hidden by conflict of interest fail and stay as they were', async () => {
    const sup = await staffSession(t, 'sup-east', 'supervisor', { districts: ['东城区'] })
    const mine = await submitCase(t, { storeCode: '44010002' })
    const elsewhere = await submitCase(t, { storeCode: '44020001' })
    const hidden = await submitCase(t, { storeCode: '44010002', kind: 'report', category: 'staff_misconduct', message: '专管员收取站点好处费。' })
    const res = await bulk({ ids: [mine.id, elsewhere.id, hidden.id, '00000000-0000-4000-8000-000000000000'], action: 'status', status: 'in_progress' }, sup)
    expect((await res.json()).results).toEqual([
      { id: mine.id, ok: true },
      { id: elsewhere.id, ok: false, error: 'forbidden' },
      { id: hidden.id, ok: false, error: 'not_found' },
      { id: '00000000-0000-4000-8000-000000000000', ok: false, error: 'not_found' },
    ])
    expect((await detail(elsewhere.id)).case.status).toBe('new')
    expect((await detail(hidden.id)).case.status).toBe('new')
  })

  it('says which field refused a case: a supervisor handed cases outside their area', async () => {
    await staffSession(t, 'wang', 'supervisor', { districts: ['东城区'] })
    const elsewhere = await submitCase(t, { storeCode: '44020001' })
    const res = await bulk({ ids: [elsewhere.id], action: 'assign', assignee: 'wang' })
    expect((await res.json()).results).toEqual([{ id: elsewhere.id, ok: false, error: 'validation_failed', fields: { assignee: 'not_allowed' } }])
    expect((await detail(elsewhere.id)).case.assignee).toBeNull()
  })

  it('replies and resolves in one step', async () => {
    const a = await submitCase(t)
    await sendJson(t.app, 'PATCH', `/api/admin/feedback/${a.id}`, { status: 'in_progress' }, admin.headers)
    const res = await postJson(t.app, `/api/admin/feedback/${a.id}/replies`, { text: '已约谈站点负责人并整改。', public: true, status: 'resolved' }, admin.headers)
    expect(res.status).toBe(201)
    const d = await detail(a.id)
    expect(d.case.status).toBe('resolved')
    expect(d.events.map((e: { type: string }) => e.type).slice(-2)).toEqual(['status', 'reply'])
    const track = await (await t.app.request(`/api/track/${a.receipt}`)).json()
    expect(track).toMatchObject({ status: 'resolved', messages: [{ author: 'staff', text: '已约谈站点负责人并整改。' }] })
  })

  it('stores neither the reply nor the move when the move is illegal', async () => {
    const a = await submitCase(t)
    const res = await postJson(t.app, `/api/admin/feedback/${a.id}/replies`, { text: '已处理。', public: true, status: 'closed' }, admin.headers)
    expect(res.status).toBe(409)
    const d = await detail(a.id)
    expect(d.messages).toEqual([])
    expect(d.case.status).toBe('new')
  })

  it('lists my cases with assignee=me', async () => {
    const li = await staffSession(t, 'li', 'staff')
    const a = await submitCase(t)
    await submitCase(t)
    await sendJson(t.app, 'PATCH', `/api/admin/feedback/${a.id}`, { assignee: 'li' }, admin.headers)
    const mine = await (await t.app.request('/api/admin/feedback?assignee=me', { headers: li.headers })).json()
    expect(mine.items.map((c: { id: string }) => c.id)).toEqual([a.id])
    expect((await (await t.app.request('/api/admin/feedback?assignee=me', { headers: admin.headers })).json()).items).toEqual([])
  })
})

describe('reply templates', () => {
  let t: TestApp
  let admin: StaffSession
  beforeEach(async () => {
    t = await makeTestApp()
    admin = await loginSession(t.app)
  })
  afterEach(() => t.close())

  it('are kept by an admin and read by everyone who works cases', async () => {
    const created = await postJson(t.app, '/api/admin/reply-templates', { title: '已受理', body: '您反映的{store}问题已受理，将于{dueAt}前答复。' }, admin.headers)
    expect(created.status).toBe(201)
    const { id } = await created.json()
    expect((await sendJson(t.app, 'PATCH', `/api/admin/reply-templates/${id}`, { title: '受理' }, admin.headers)).status).toBe(200)
    const staff = await staffSession(t, 'li', 'staff')
    const list = await (await t.app.request('/api/admin/reply-templates', { headers: staff.headers })).json()
    expect(list).toEqual([{ id, title: '受理', body: '您反映的{store}问题已受理，将于{dueAt}前答复。' }])
    expect((await postJson(t.app, '/api/admin/reply-templates', { title: 'x', body: 'y' }, staff.headers)).status).toBe(403)
    expect((await t.app.request(`/api/admin/reply-templates/${id}`, { method: 'DELETE', headers: admin.headers })).status).toBe(204)
    expect(await (await t.app.request('/api/admin/reply-templates', { headers: admin.headers })).json()).toEqual([])
  })
})
