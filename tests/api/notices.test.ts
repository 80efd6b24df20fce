import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { NoticeDocument, PublicStore } from '../../shared/api-types.ts'
import { loginHeaders, makeTestApp, postJson, type TestApp } from '../helpers/test-app.ts'

// The test clock starts on 2026-11-30 (China time).
describe('versioned notices', () => {
  let t: TestApp
  let cookie: Record<string, string>
  beforeEach(async () => {
    t = await makeTestApp()
    cookie = await loginHeaders(t.app)
  })
  afterEach(() => t.close())

  const storePage = async (code: string) => (await (await t.app.request(`/api/stores/${code}`)).json()) as PublicStore
  const publish = (path: string, body: Record<string, unknown>) => postJson(t.app, `/api/admin/notices${path}`, body, cookie)
  const notices = async () => (await (await t.app.request('/api/admin/notices', { headers: cookie })).json()) as NoticeDocument[]

  it('shows every store the default notices: compliance, responsible play and the hotline, with version and date', async () => {
    const page = await storePage('44010001')
    expect(page.notices.map((n) => n.title)).toEqual(['销售人员合规要求', '理性购彩　量力而行', '投诉举报渠道'])
    expect(page.notices[0]).toMatchObject({ version: 1, effectiveDate: '2020-01-01', titleEn: 'What sales staff must do' })
    expect(page.notices[1]!.body).toContain('未满18周岁')
    expect(page.notices[2]!.body).toContain(page.hotline)
    expect(page.noticeVersion).toMatch(/^[0-9a-f]{8}$/)
  })

  it('keeps the old version in history when a new one is published, and shows the new one once in force', async () => {
    const [compliance] = await notices()
    const before = await storePage('44010001')

    const future = await publish(`/${compliance!.id}/versions`, {
      title: '销售人员合规要求（修订）',
      body: '修订后的要求。',
      scope: 'all',
      effectiveDate: '2026-12-15',
    })
    expect(future.status).toBe(201)
    const doc = (await future.json()) as NoticeDocument
    expect(doc.versions.map((v) => [v.version, v.createdBy])).toEqual([
      [2, 'admin'],
      [1, null],
    ])
    // Not in force yet: the store still shows version 1.
    expect((await storePage('44010001')).notices[0]).toMatchObject({ id: compliance!.id, version: 1 })
    expect((await storePage('44010001')).noticeVersion).toBe(before.noticeVersion)

    t.clock.set('2026-12-14T16:00:00.000Z') // 00:00 on 15 December in China
    const after = await storePage('44010001')
    expect(after.notices[0]).toMatchObject({ id: compliance!.id, version: 2, title: '销售人员合规要求（修订）', effectiveDate: '2026-12-15' })
    expect(after.notices[0]!.titleEn).toBeUndefined()
    expect(after.noticeVersion).not.toBe(before.noticeVersion)
  })

  it('shows a district notice only in that district, and a listed-stores notice only in those stores', async () => {
    const district = await publish('', { title: '东城区专管员调整', body: '本区专管员已调整。', scope: 'district', district: '东城区', effectiveDate: '2026-11-01' })
    expect(district.status).toBe(201)
    const listed = await publish('', { title: '临时停业通知', body: '本站装修。', scope: 'stores', stores: ['44020003'], effectiveDate: '2026-11-30' })
    expect(listed.status).toBe(201)

    const titles = async (code: string) => (await storePage(code)).notices.map((n) => n.title)
    expect(await titles('44010001')).toContain('东城区专管员调整')
    expect(await titles('44010001')).not.toContain('临时停业通知')
    expect(await titles('44020003')).toContain('临时停业通知')
    expect(await titles('44020003')).not.toContain('东城区专管员调整')
    expect(await titles('44020001')).toHaveLength(3)
    expect((await storePage('44010001')).noticeVersion).not.toBe((await storePage('44020001')).noticeVersion)
  })

  it('withdraws a notice from stores a newer version no longer covers', async () => {
    const created = (await (await publish('', { title: '全市通知', body: '内容。', scope: 'all', effectiveDate: '2026-11-01' })).json()) as NoticeDocument
    await publish(`/${created.id}/versions`, { title: '只在西城', body: '内容。', scope: 'district', district: '西城区', effectiveDate: '2026-11-30' })
    const titles = async (code: string) => (await storePage(code)).notices.map((n) => n.title)
    expect(await titles('44010001')).not.toContain('全市通知')
    expect(await titles('44020001')).toContain('只在西城')
  })

  it('refuses an incomplete notice with per-field errors and publishes nothing', async () => {
    const res = await publish('', { title: '', body: '内容', scope: 'district', effectiveDate: '2026-13-01' })
    expect(res.status).toBe(400)
    expect((await res.json()).error.fields).toMatchObject({ title: 'required', effectiveDate: 'invalid' })
    const stores = await publish('', { title: '某通知', body: '内容', scope: 'stores', effectiveDate: '2026-12-01' })
    expect((await stores.json()).error.fields).toEqual({ stores: 'required' })
    expect((await publish('/9999/versions', { title: '某通知', body: '内容', scope: 'all', effectiveDate: '2026-12-01' })).status).toBe(404)
    expect(await notices()).toHaveLength(3)
  })

  it('lets supervisors read notices but not publish them', async () => {
    const { hashPassword } = await import('../../server/auth/password.ts')
    const { createUser } = await import('../../server/db/queries/users.ts')
    await createUser(t.db, { username: 'sup', passwordHash: await hashPassword('pass-for-tests'), role: 'supervisor', districts: ['东城区'] }, t.clock.now().toISOString())
    const sup = await loginHeaders(t.app, 'sup', 'pass-for-tests')
    expect((await t.app.request('/api/admin/notices', { headers: sup })).status).toBe(200)
    const res = await postJson(t.app, '/api/admin/notices', { title: '某通知', body: '内容', scope: 'all', effectiveDate: '2026-12-01' }, sup)
    expect(res.status).toBe(403)
  })
})

describe('the centre hotline', () => {
  let t: TestApp
  beforeEach(async () => (t = await makeTestApp()))
  afterEach(() => t.close())

  it('is set by an admin and shown on every store page and poster', async () => {
    const cookie = await loginHeaders(t.app)
    const patch = (body: unknown) =>
      t.app.request('/api/admin/centre', { method: 'PATCH', headers: { ...cookie, 'content-type': 'application/json' }, body: JSON.stringify(body) })
    expect((await patch({ hotline: 'call us' })).status).toBe(400)
    expect((await patch({ hotline: '12345' })).status).toBe(200)
    expect(((await (await t.app.request('/api/stores/44010001')).json()) as PublicStore).hotline).toBe('12345')
    const poster = await (await t.app.request('/api/admin/posters?code=44010001', { headers: cookie })).text()
    expect(poster).toContain('<dd class="hotline">12345</dd>')
  })
})
