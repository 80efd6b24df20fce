import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { feedbackBody, loginSession, makeTestApp, postJson, sendJson, submitCase, type StaffSession, type TestApp } from '../helpers/test-app.ts'

describe('category SLAs and the audit of case changes', () => {
  let t: TestApp
  let admin: StaffSession
  beforeEach(async () => {
    t = await makeTestApp()
    admin = await loginSession(t.app)
  })
  afterEach(() => t.close())

  it('applies an edited SLA to cases received from then on', async () => {
    // Mon 30 Nov + 5 working days = Mon 7 Dec; + 2 = Wed 2 Dec.
    const before = await (await postJson(t.app, '/api/feedback', feedbackBody())).json()
    expect(before.dueAt).toBe('2026-12-07T15:59:59.999Z')
    const res = await sendJson(t.app, 'PATCH', '/api/admin/categories/service_attitude', { slaDays: 2 }, admin.headers)
    expect(await res.json()).toMatchObject({ id: 'service_attitude', slaDays: 2, active: true })
    const after = await (await postJson(t.app, '/api/feedback', feedbackBody())).json()
    expect(after).toMatchObject({ dueAt: '2026-12-02T15:59:59.999Z', slaDays: 2 })
    expect((await sendJson(t.app, 'PATCH', '/api/admin/categories/nope', { slaDays: 2 }, admin.headers)).status).toBe(404)
    expect((await sendJson(t.app, 'PATCH', '/api/admin/categories/service_attitude', { slaDays: 0 }, admin.headers)).status).toBe(400)
  })

  it('writes status changes and assignments to the audit log', async () => {
    const { id } = await submitCase(t)
    await sendJson(t.app, 'PATCH', `/api/admin/feedback/${id}`, { status: 'rejected', reason: 'spam' }, admin.headers)
    const audit = await (await t.app.request('/api/admin/audit?action=case_changed', { headers: admin.headers })).json()
    expect(audit.items).toEqual([
      expect.objectContaining({ actor: 'admin', target: id, detail: { status: { from: 'new', to: 'rejected' }, reason: 'spam' } }),
    ])
  })
})
