// Issue 13: "Admin" and "admin" cannot both exist, a failed login's audit
// row names the account only when there is one (what else was typed may be
// a password in the wrong field), and an account carries the person's name.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { loginSession, makeTestApp, postJson, type StaffSession, type TestApp } from '../helpers/test-app.ts'

describe('account names', () => {
  let t: TestApp
  let admin: StaffSession
  beforeEach(async () => {
    t = await makeTestApp()
    admin = await loginSession(t.app)
  })
  afterEach(() => t.close())

  it('refuses a username that differs from an existing one only in case', async () => {
    const res = await postJson(t.app, '/api/admin/users', { username: 'Admin', password: 'another-password', role: 'staff' }, admin.headers)
    expect(res.status).toBe(409)
    expect((await postJson(t.app, '/api/admin/users', { username: 'li', password: 'li-password-1', role: 'staff' }, admin.headers)).status).toBe(201)
    expect((await postJson(t.app, '/api/admin/users', { username: 'LI', password: 'li-password-2', role: 'staff' }, admin.headers)).status).toBe(409)
  })

  it('keeps the username in a failed login’s audit row only when the account exists', async () => {
    await postJson(t.app, '/api/auth/login', { username: 'admin', password: 'wrong-password' })
    await postJson(t.app, '/api/auth/login', { username: 'my-secret-Passw0rd', password: 'x' })
    const audit = (await (await t.app.request('/api/admin/audit?action=login_failed', { headers: admin.headers })).json()) as {
      items: { target: string | null }[]
    }
    expect(audit.items.map((e) => e.target).sort()).toEqual(['admin', null].sort())
    expect(JSON.stringify(audit)).not.toContain('my-secret-Passw0rd')
  })

  it('stores a supervisor’s name as the store registry writes it', async () => {
    const res = await postJson(
      t.app,
      '/api/admin/users',
      { username: 'wang', password: 'wang-password', role: 'supervisor', name: '王建国', districts: ['东城区'] },
      admin.headers,
    )
    expect(res.status).toBe(201)
    expect(((await res.json()) as { name: string }).name).toBe('王建国')
  })
})
