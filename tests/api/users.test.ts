import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { loginSession, makeTestApp, postJson, sendJson, type StaffSession, type TestApp } from '../helpers/test-app.ts'

describe('staff accounts, managed by an admin', () => {
  let t: TestApp
  let admin: StaffSession
  beforeEach(async () => {
    t = await makeTestApp()
    admin = await loginSession(t.app)
  })
  afterEach(() => t.close())

  const create = (body: unknown) => postJson(t.app, '/api/admin/users', body, admin.headers)
  const change = (username: string, body: unknown) => sendJson(t.app, 'PATCH', `/api/admin/users/${username}`, body, admin.headers)

  it('creates a supervisor for districts and stores, who can then log in', async () => {
    const res = await create({ username: 'wang', password: 'wang-password', role: 'supervisor', districts: ['东城区'], stores: ['44020001'] })
    expect(res.status).toBe(201)
    expect(await res.json()).toEqual({
      username: 'wang', role: 'supervisor', name: null, districts: ['东城区'], stores: ['44020001'], disabled: false, createdAt: expect.any(String),
    })
    const s = await loginSession(t.app, 'wang', 'wang-password')
    const me = await (await t.app.request('/api/auth/me', { headers: s.headers })).json()
    expect(me.user).toEqual({ username: 'wang', role: 'supervisor', districts: ['东城区'], stores: ['44020001'] })
    const list = await (await t.app.request('/api/admin/users', { headers: admin.headers })).json()
    expect(list.map((u: { username: string }) => u.username)).toEqual(['admin', 'wang'])
  })

  it('refuses a taken name, a short password and a supervisor without an area', async () => {
    await create({ username: 'li', password: 'li-password', role: 'staff' })
    expect((await create({ username: 'li', password: 'li-password', role: 'staff' })).status).toBe(409)
    expect((await (await create({ username: 'zhao', password: 'short', role: 'staff' })).json()).error.fields).toEqual({ password: 'too_short' })
    expect((await (await create({ username: 'zhao', password: 'zhao-password', role: 'supervisor' })).json()).error.fields).toEqual({ districts: 'required' })
    expect((await create({ username: 'zhao', password: 'zhao-password', role: 'boss' })).status).toBe(400)
  })

  it('ends the sessions of a disabled account and of one given a new password', async () => {
    await create({ username: 'li', password: 'li-password', role: 'staff' })
    const li = await loginSession(t.app, 'li', 'li-password')
    expect((await change('li', { password: 'new-li-password' })).status).toBe(200)
    expect((await t.app.request('/api/admin/feedback', { headers: li.headers })).status).toBe(401)
    const again = await loginSession(t.app, 'li', 'new-li-password')
    const res = await change('li', { disabled: true })
    expect((await res.json()).disabled).toBe(true)
    expect((await t.app.request('/api/admin/feedback', { headers: again.headers })).status).toBe(401)
    expect((await postJson(t.app, '/api/auth/login', { username: 'li', password: 'new-li-password' })).status).toBe(401)
  })

  it('lists who a case can be handed to for everyone who works cases, without disabled accounts or viewers', async () => {
    await create({ username: 'li', password: 'li-password', role: 'staff' })
    await create({ username: 'look', password: 'look-password', role: 'viewer' })
    await create({ username: 'gone', password: 'gone-password', role: 'staff' })
    await change('gone', { disabled: true })
    await create({ username: 'wang', password: 'wang-password', role: 'supervisor', districts: ['东城区'] })
    const wang = await loginSession(t.app, 'wang', 'wang-password')
    const assignees = await (await t.app.request('/api/admin/assignees', { headers: wang.headers })).json()
    expect(assignees.map((u: { username: string; role: string }) => [u.username, u.role])).toEqual([
      ['admin', 'admin'],
      ['li', 'staff'],
      ['wang', 'supervisor'],
    ])
  })

  it('does not let an admin lock themselves out', async () => {
    expect((await change('admin', { disabled: true })).status).toBe(409)
    expect((await change('admin', { role: 'viewer' })).status).toBe(409)
    expect((await change('nobody', { disabled: true })).status).toBe(404)
  })

  it('audits account changes without writing passwords down', async () => {
    await create({ username: 'li', password: 'li-password', role: 'staff' })
    await change('li', { password: 'new-li-password', role: 'viewer' })
    const audit = await (await t.app.request('/api/admin/audit', { headers: admin.headers })).json()
    const changes = audit.items.filter((e: { action: string }) => e.action.startsWith('user_'))
    expect(changes.map((e: { action: string; target: string }) => [e.action, e.target])).toEqual([
      ['user_changed', 'li'],
      ['user_created', 'li'],
    ])
    expect(JSON.stringify(audit)).not.toContain('li-password')
    expect(changes[0].detail).toEqual({ role: 'viewer', password: 'changed' })
  })
})
