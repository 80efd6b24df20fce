import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { AdminStore, Page } from '../../shared/api-types.ts'
import { feedbackBody, loginHeaders, makeTestApp, postJson, type TestApp } from '../helpers/test-app.ts'

describe('editing stores one by one in the console', () => {
  let t: TestApp
  let cookie: Record<string, string>
  beforeEach(async () => {
    t = await makeTestApp()
    cookie = await loginHeaders(t.app)
  })
  afterEach(() => t.close())

  const patch = (code: string, body: unknown) =>
    t.app.request(`/api/admin/stores/${code}`, { method: 'PATCH', headers: { ...cookie, 'content-type': 'application/json' }, body: JSON.stringify(body) })

  it('creates a store, refusing a taken station code', async () => {
    const body = { code: '44110001', name: '新区开发体彩站', district: '新区', supervisorName: '孙立', supervisorPhone: '13911002000' }
    const res = await postJson(t.app, '/api/admin/stores', body, cookie)
    expect(res.status).toBe(201)
    expect(await res.json()).toMatchObject({ ...body, address: '', active: true, posterVersion: null })
    expect((await t.app.request('/api/stores/44110001')).status).toBe(200)
    const again = await postJson(t.app, '/api/admin/stores', body, cookie)
    expect(again.status).toBe(409)
  })

  it('edits a store, and refuses bad fields without changing anything', async () => {
    const ok = await patch('44010001', { supervisorName: '赵磊', supervisorPhone: '13907002222' })
    expect(ok.status).toBe(200)
    expect(await ok.json()).toMatchObject({ code: '44010001', supervisorName: '赵磊', supervisorPhone: '13907002222', name: '东城人民幸运体彩站' })
    const bad = await patch('44010001', { name: '', supervisorPhone: 'call me', code: '1' })
    expect(bad.status).toBe(400)
    expect((await bad.json()).error.fields).toMatchObject({ name: 'required', supervisorPhone: 'invalid', code: 'not_allowed' })
    expect((await (await t.app.request('/api/stores/44010001')).json()).supervisor).toEqual({ name: '赵磊', phone: '13907002222' })
    expect((await patch('99999999', { name: '不存在' })).status).toBe(404)
  })

  it('deactivates a store that keeps its cases, its public page saying it is no longer licensed', async () => {
    await postJson(t.app, '/api/feedback', feedbackBody())
    expect((await patch('44010001', { active: false })).status).toBe(200)
    const page = await (await t.app.request('/api/stores/44010001')).json()
    expect(page).toMatchObject({ code: '44010001', active: false })
    const cases = await (await t.app.request('/api/admin/feedback', { headers: cookie })).json()
    expect(cases.items).toMatchObject([{ storeCode: '44010001', storeName: '东城人民幸运体彩站' }])
    const list = (await (await t.app.request('/api/admin/stores?active=0', { headers: cookie })).json()) as Page<AdminStore>
    expect(list.items.map((s) => s.code)).toEqual(['44010001'])
  })

  it('lists and searches the registry; viewers read but do not write', async () => {
    const all = (await (await t.app.request('/api/admin/stores', { headers: cookie })).json()) as Page<AdminStore>
    expect(all.total).toBe(70)
    const found = (await (await t.app.request(`/api/admin/stores?q=${encodeURIComponent('李秀英')}`, { headers: cookie })).json()) as Page<AdminStore>
    expect(found.total).toBe(7)
    const { hashPassword } = await import('../../server/auth/password.ts')
    const { createUser } = await import('../../server/db/queries/users.ts')
    await createUser(t.db, { username: 'view', passwordHash: await hashPassword('pass-for-tests'), role: 'viewer', districts: [] }, t.clock.now().toISOString())
    const viewer = await loginHeaders(t.app, 'view', 'pass-for-tests')
    expect((await t.app.request('/api/admin/stores/44010001', { headers: viewer })).status).toBe(200)
    const res = await t.app.request('/api/admin/stores/44010001', {
      method: 'PATCH',
      headers: { ...viewer, 'content-type': 'application/json' },
      body: JSON.stringify({ name: '改名' }),
    })
    expect(res.status).toBe(403)
  })
})
