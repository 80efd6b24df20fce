// Supervisors see the stores of their districts and listed stores, and never
// a report about centre staff or supervisors, nor one naming their store's
// own supervisor — not in lists, case pages, exports or store pages.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { loginSession, makeTestApp, staffSession, submitCase, type StaffSession, type TestApp } from '../helpers/test-app.ts'

// The demo city's supervisor of 东城区 (stores 4401xxxx) is 王建国.
const EAST_SUPERVISOR_NAME = '王建国'

describe('what a supervisor may see', () => {
  let t: TestApp
  let sup: StaffSession
  beforeEach(async () => {
    t = await makeTestApp()
    sup = await staffSession(t, 'sup-east', 'supervisor', { districts: ['东城区'], stores: ['44020003'], name: EAST_SUPERVISOR_NAME })
  })
  afterEach(() => t.close())

  const get = (path: string, s = sup) => t.app.request(path, { headers: s.headers })
  const ids = async (path: string, s = sup) => ((await (await get(path, s)).json()).items as { id: string }[]).map((c) => c.id).sort()

  it('sees the cases of its districts and listed stores only; elsewhere is 403', async () => {
    const east = await submitCase(t, { storeCode: '44010002' })
    const listed = await submitCase(t, { storeCode: '44020003' })
    const west = await submitCase(t, { storeCode: '44020001' })
    const noStore = await submitCase(t, { storeCode: null, channel: 'web' })
    expect(await ids('/api/admin/feedback')).toEqual([east.id, listed.id].sort())
    expect((await get(`/api/admin/feedback/${west.id}`)).status).toBe(403)
    expect((await get(`/api/admin/feedback/${noStore.id}`)).status).toBe(403)
    expect((await get('/api/admin/feedback?district=西城区')).status).toBe(403)
    expect((await get('/api/admin/feedback?store=44020001')).status).toBe(403)
    expect(await ids('/api/admin/feedback?store=44020003')).toEqual([listed.id])
    expect((await get('/api/admin/stats/stores/44020001')).status).toBe(403)
    expect((await get('/api/admin/stats/stores/44020003')).status).toBe(200)
    const stats = (await (await get('/api/admin/stats/stores?pageSize=100')).json()).items
    expect(stats.map((r: { storeCode: string }) => r.storeCode)).toContain('44020003')
    expect(stats.map((r: { district: string }) => r.district)).not.toContain('南湖区')
  })

  it('never sees a misconduct report or one naming the store’s own supervisor; admin and staff do', async () => {
    const plain = await submitCase(t, { storeCode: '44010001' })
    const misconduct = await submitCase(t, { storeCode: '44010001', kind: 'report', category: 'staff_misconduct', message: '专管员收取站点好处费。' })
    const naming = await submitCase(t, { storeCode: '44010001', message: `专管员${EAST_SUPERVISOR_NAME}包庇站点违规，投诉无人处理。` })
    expect(await ids('/api/admin/feedback')).toEqual([plain.id])
    expect((await (await get('/api/admin/feedback')).json()).counts.byStatus.new).toBe(1)
    for (const id of [misconduct.id, naming.id]) {
      const res = await get(`/api/admin/feedback/${id}`)
      expect(res.status).toBe(404)
    }
    const csv = await (await get('/api/admin/feedback.csv')).text()
    expect(csv).not.toContain('好处费')
    expect(csv).not.toContain('包庇')

    const staff = await staffSession(t, 'centre', 'staff')
    expect(await ids('/api/admin/feedback', staff)).toEqual([plain.id, misconduct.id, naming.id].sort())
    const admin = await loginSession(t.app)
    expect((await get(`/api/admin/feedback/${naming.id}`, admin)).status).toBe(200)
  })

  it('leaves conflict-of-interest cases out of a supervisor’s aggregates; staff still see full totals', async () => {
    await submitCase(t, { storeCode: '44010001', kind: 'report', category: 'staff_misconduct', message: '专管员收取站点好处费。' })
    const rowOf = async (s: StaffSession) =>
      (await (await get('/api/admin/stats/stores?q=44010001', s)).json()).items.find((r: { storeCode: string }) => r.storeCode === '44010001')
    expect(await rowOf(sup)).toMatchObject({ total: 0, open: 0, last7: 0 })
    expect((await rowOf(sup)).byCategory.staff_misconduct ?? 0).toBe(0)
    // Ordered by the numbers, the hidden case does not lift its store either.
    await submitCase(t, { storeCode: '44010002' })
    for (const sort of ['total', 'open', 'overdue']) {
      const first = (await (await get(`/api/admin/stats/stores?sort=${sort}&pageSize=1`, sup)).json()).items[0]
      expect(first, sort).toMatchObject({ storeCode: '44010002', total: 1 })
    }
    const staff = await staffSession(t, 'centre', 'staff')
    const row = await rowOf(staff)
    expect(row).toMatchObject({ total: 1, open: 1, byCategory: { staff_misconduct: 1 } })
    expect(JSON.stringify(row)).not.toContain('好处费')
  })

  it('keeps viewers to aggregates: no cases, no export, no users', async () => {
    const viewer = await staffSession(t, 'look', 'viewer')
    for (const path of ['/api/admin/feedback', '/api/admin/feedback.csv', '/api/admin/users', '/api/admin/audit']) {
      expect((await get(path, viewer)).status, path).toBe(403)
    }
    for (const path of ['/api/admin/stats/stores', '/api/admin/stats/dashboard', '/api/admin/stats/districts', '/api/admin/categories']) {
      expect((await get(path, viewer)).status, path).toBe(200)
    }
  })
})
