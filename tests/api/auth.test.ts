import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { USERNAME_LIMIT, ADDRESS_LIMIT, WINDOW_MS } from '../../server/auth/login-throttle.ts'
import { ADMIN_PASSWORD, loginSession, makeTestApp, postJson, sendJson, type TestApp } from '../helpers/test-app.ts'

describe('staff sessions: CSRF and login throttling', () => {
  let t: TestApp
  beforeEach(async () => (t = await makeTestApp()))
  afterEach(() => t.close())

  const createUser = (headers: Record<string, string>, username: string) =>
    postJson(t.app, '/api/admin/users', { username, password: 'a-long-password', role: 'staff' }, headers)

  it('hands out a CSRF token at login and again from /me', async () => {
    const s = await loginSession(t.app)
    expect(s.csrfToken).toMatch(/^[\w-]{20,}$/)
    const me = await (await t.app.request('/api/auth/me', { headers: { cookie: s.cookie } })).json()
    expect(me).toEqual({ user: { username: 'admin', role: 'admin', districts: [], stores: [] }, csrfToken: s.csrfToken })
  })

  it('refuses a write without the CSRF token or with a wrong one, and changes nothing', async () => {
    const s = await loginSession(t.app)
    const other = await loginSession(t.app)
    const attempts: Record<string, string>[] = [{ cookie: s.cookie }, { cookie: s.cookie, 'x-csrf-token': 'forged' }, { cookie: s.cookie, 'x-csrf-token': other.csrfToken }]
    for (const headers of attempts) {
      const res = await createUser(headers, 'mallory')
      expect(res.status).toBe(403)
      expect((await res.json()).error.code).toBe('csrf_failed')
    }
    const users = await (await t.app.request('/api/admin/users', { headers: { cookie: s.cookie } })).json()
    expect(users.map((u: { username: string }) => u.username)).toEqual(['admin'])
    expect((await createUser(s.headers, 'mallory')).status).toBe(201)
  })

  it('checks the token on PATCH and PUT too, and on logout', async () => {
    const s = await loginSession(t.app)
    expect((await sendJson(t.app, 'PATCH', '/api/admin/categories/service_attitude', { slaDays: 3 }, { cookie: s.cookie })).status).toBe(403)
    expect((await sendJson(t.app, 'PUT', '/api/admin/calendar/2027', { holidays: [], workdays: [] }, { cookie: s.cookie })).status).toBe(403)
    expect((await t.app.request('/api/auth/logout', { method: 'POST', headers: { cookie: s.cookie } })).status).toBe(403)
    expect((await t.app.request('/api/auth/logout', { method: 'POST', headers: s.headers })).status).toBe(200)
    expect((await t.app.request('/api/auth/me', { headers: { cookie: s.cookie } })).status).toBe(401)
  })

  it(`locks a username for a while after ${USERNAME_LIMIT} wrong passwords, even for the right one`, async () => {
    for (let i = 0; i < USERNAME_LIMIT; i++) {
      expect((await postJson(t.app, '/api/auth/login', { username: 'admin', password: `guess-${i}` })).status).toBe(401)
    }
    const locked = await postJson(t.app, '/api/auth/login', { username: 'admin', password: ADMIN_PASSWORD })
    expect(locked.status).toBe(429)
    expect((await locked.json()).error.code).toBe('rate_limited')
    const retryAfter = Number(locked.headers.get('retry-after'))
    expect(retryAfter).toBeGreaterThan(0)
    expect(retryAfter).toBeLessThanOrEqual(WINDOW_MS / 1000)
    t.clock.advance(retryAfter * 1000)
    expect((await postJson(t.app, '/api/auth/login', { username: 'admin', password: ADMIN_PASSWORD })).status).toBe(200)
  })

  it(`stops one address after ${ADDRESS_LIMIT} failures across many usernames`, async () => {
    for (let i = 0; i < ADDRESS_LIMIT; i++) {
      expect((await postJson(t.app, '/api/auth/login', { username: `user${i}`, password: 'nope' })).status).toBe(401)
    }
    const res = await postJson(t.app, '/api/auth/login', { username: 'someone-else', password: 'nope' })
    expect(res.status).toBe(429)
    expect(res.headers.get('retry-after')).toMatch(/^\d+$/)
  })

  it('writes logins, good and failed, to the audit log', async () => {
    await postJson(t.app, '/api/auth/login', { username: 'admin', password: 'wrong-one' })
    const s = await loginSession(t.app)
    const audit = await (await t.app.request('/api/admin/audit', { headers: { cookie: s.cookie } })).json()
    expect(audit.items.map((e: { action: string; target: string }) => [e.action, e.target])).toEqual([
      ['login_ok', 'admin'],
      ['login_failed', 'admin'],
    ])
  })

  it('keeps the audit log append-only', async () => {
    await loginSession(t.app)
    await expect(t.db.run('UPDATE audit_log SET actor = ?', ['someone'])).rejects.toThrow(/append-only/)
    await expect(t.db.run('DELETE FROM audit_log')).rejects.toThrow(/append-only/)
  })
})
