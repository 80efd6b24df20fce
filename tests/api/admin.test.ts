import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { hashPassword } from '../../server/auth/password.ts'
import { createPairingCode } from '../../server/devices/pairing.ts'
import { createUser } from '../../server/db/queries/users.ts'
import { ADMIN_PASSWORD, DEMO_STORE, feedbackBody, loginCookie, makeTestApp, postJson, type TestApp } from '../helpers/test-app.ts'

describe('staff login and the admin API', () => {
  let t: TestApp
  beforeEach(async () => (t = await makeTestApp()))
  afterEach(() => t.close())

  const addUser = async (username: string, role: 'supervisor' | 'viewer', districts: string[] = []) =>
    createUser(t.db, { username, passwordHash: await hashPassword('pass-for-tests'), role, districts }, t.clock.now().toISOString())

  it('answers 401 on every admin route without a session', async () => {
    for (const path of ['/api/admin/feedback', '/api/admin/stats/stores', '/api/auth/me']) {
      const res = await t.app.request(path)
      expect(res.status, path).toBe(401)
      expect((await res.json()).error.code).toBe('unauthorized')
    }
  })

  it('refuses a wrong password without saying which part was wrong', async () => {
    for (const body of [{ username: 'admin', password: 'wrong' }, { username: 'nobody', password: ADMIN_PASSWORD }]) {
      const res = await postJson(t.app, '/api/auth/login', body)
      expect(res.status).toBe(401)
      expect(await res.json()).toEqual({ error: { code: 'invalid_credentials', message: 'Wrong username or password' } })
    }
  })

  it('sets an HttpOnly SameSite session cookie that ends at logout', async () => {
    const res = await postJson(t.app, '/api/auth/login', { username: 'admin', password: ADMIN_PASSWORD })
    expect(res.status).toBe(200)
    const setCookie = res.headers.get('set-cookie')!
    expect(setCookie).toMatch(/HttpOnly/)
    expect(setCookie).toMatch(/SameSite=Strict/)
    const cookie = setCookie.split(';')[0]!
    const { csrfToken } = await res.json()
    expect((await t.app.request('/api/auth/me', { headers: { cookie } })).status).toBe(200)
    await t.app.request('/api/auth/logout', { method: 'POST', headers: { cookie, 'x-csrf-token': csrfToken } })
    expect((await t.app.request('/api/auth/me', { headers: { cookie } })).status).toBe(401)
  })

  it('expires an idle session', async () => {
    const cookie = await loginCookie(t.app)
    t.clock.advance(121 * 60_000)
    expect((await t.app.request('/api/admin/feedback', { headers: { cookie } })).status).toBe(401)
  })

  it('lists cases newest first, paged, with contact data masked', async () => {
    const ids: string[] = []
    for (let i = 0; i < 3; i++) {
      const body = feedbackBody({ message: `第${i}件投诉的具体内容` })
      ids.push(body.id)
      await postJson(t.app, '/api/feedback', body)
      t.clock.advance(60_000)
    }
    const cookie = await loginCookie(t.app)
    const page1 = await (await t.app.request('/api/admin/feedback?pageSize=2', { headers: { cookie } })).json()
    expect(page1).toMatchObject({ total: 3, page: 1, pageSize: 2 })
    expect(page1.items.map((c: { id: string }) => c.id)).toEqual([ids[2], ids[1]])
    expect(page1.items[0].contact).toEqual({ name: '张*', phone: '138****5678' })
    expect(JSON.stringify(page1)).not.toContain('13812345678')
    const page2 = await (await t.app.request('/api/admin/feedback?pageSize=2&page=2', { headers: { cookie } })).json()
    expect(page2.items.map((c: { id: string }) => c.id)).toEqual([ids[0]])
  })

  it('counts each case under its store, with overdue once the deadline passes', async () => {
    await postJson(t.app, '/api/feedback', feedbackBody())
    await postJson(t.app, '/api/feedback', feedbackBody({ kind: 'praise', category: 'praise_service' }))
    await postJson(t.app, '/api/feedback', feedbackBody({ storeCode: null, channel: 'web' }))
    t.clock.set('2026-12-08T00:00:00.000Z')
    const cookie = await loginCookie(t.app)
    const stats = (await (await t.app.request('/api/admin/stats/stores?pageSize=100', { headers: { cookie } })).json()).items
    expect(stats.find((s: { storeCode: string }) => s.storeCode === DEMO_STORE)).toMatchObject({
      storeCode: DEMO_STORE,
      name: expect.any(String),
      district: '东城区',
      total: 2,
      // The praise is counted but never open (issue 9).
      open: 1,
      overdue: 1,
      byKind: { complaint: 1, praise: 1 },
      byCategory: { service_attitude: 1, praise_service: 1 },
    })
    expect(stats.find((s: { storeCode: string | null }) => s.storeCode === null)).toMatchObject({ total: 1, open: 1 })
    expect(stats.find((s: { storeCode: string }) => s.storeCode === '44020001')).toMatchObject({ total: 0, open: 0, overdue: 0 })
  })

  it('limits a supervisor to the districts assigned to them', async () => {
    await postJson(t.app, '/api/feedback', feedbackBody())
    await postJson(t.app, '/api/feedback', feedbackBody({ storeCode: '44020001' }))
    await addUser('sup-west', 'supervisor', ['西城区'])
    const cookie = await loginCookie(t.app, 'sup-west', 'pass-for-tests')
    const cases = await (await t.app.request('/api/admin/feedback', { headers: { cookie } })).json()
    expect(cases.items.map((c: { storeCode: string }) => c.storeCode)).toEqual(['44020001'])
    const stats = (await (await t.app.request('/api/admin/stats/stores?pageSize=100', { headers: { cookie } })).json()).items
    expect(new Set(stats.map((s: { district: string }) => s.district))).toEqual(new Set(['西城区']))
  })

  it('lets a viewer read aggregates but not case text', async () => {
    await addUser('look', 'viewer')
    const cookie = await loginCookie(t.app, 'look', 'pass-for-tests')
    expect((await t.app.request('/api/admin/stats/stores', { headers: { cookie } })).status).toBe(200)
    const res = await t.app.request('/api/admin/feedback', { headers: { cookie } })
    expect(res.status).toBe(403)
    expect((await res.json()).error.code).toBe('forbidden')
  })
})

describe('housekeeping', () => {
  let t: TestApp
  beforeEach(async () => (t = await makeTestApp()))
  afterEach(() => t.close())

  it('forgets expired sessions and long-expired pairing codes', async () => {
    await loginCookie(t.app)
    await createPairingCode(t.db, DEMO_STORE, t.clock.now())
    t.clock.advance(2 * 86_400_000)
    await loginCookie(t.app)
    await createPairingCode(t.db, DEMO_STORE, t.clock.now())
    expect(await t.db.get('SELECT COUNT(*) AS n FROM sessions')).toEqual({ n: 1 })
    expect(await t.db.get('SELECT COUNT(*) AS n FROM pairing_codes')).toEqual({ n: 1 })
  })
})
