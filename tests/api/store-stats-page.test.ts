// The store table at province scale: the server filters, sorts and cuts it
// into pages, so no answer carries every store.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Page, StoreStatsRow } from '../../shared/api-types.ts'
import { loginSession, makeTestApp, staffSession, submitCase, type StaffSession, type TestApp } from '../helpers/test-app.ts'

const DEMO_STORES = 70

describe('the store table, a page at a time', () => {
  let t: TestApp
  let admin: StaffSession
  beforeEach(async () => {
    t = await makeTestApp()
    admin = await loginSession(t.app)
  })
  afterEach(() => t.close())

  const page = async (query: string, s = admin): Promise<Page<StoreStatsRow>> => {
    const res = await t.app.request(`/api/admin/stats/stores?${query}`, { headers: s.headers })
    expect(res.status).toBe(200)
    return (await res.json()) as Page<StoreStatsRow>
  }

  it('cuts the whole city into pages that together hold every store once, with the total', async () => {
    const first = await page('pageSize=20')
    expect(first).toMatchObject({ page: 1, pageSize: 20, total: DEMO_STORES + 1 })
    expect(first.items).toHaveLength(20)
    const seen = [...first.items]
    for (let p = 2; p <= 4; p++) seen.push(...(await page(`pageSize=20&page=${p}`)).items)
    expect(seen).toHaveLength(DEMO_STORES + 1)
    expect(new Set(seen.map((r) => r.storeCode)).size).toBe(DEMO_STORES + 1)
    // The row of cases sent without a store comes last in the registry's order.
    expect(seen.at(-1)!.storeCode).toBeNull()
    expect((await page('pageSize=20&page=5')).items).toEqual([])
    expect((await page('')).pageSize).toBe(50)
  })

  it('refuses a page larger than 100 stores or a page number below 1, naming the field', async () => {
    for (const [query, field] of [['pageSize=101', 'pageSize'], ['page=0', 'page'], ['sort=name', 'sort']] as const) {
      const res = await t.app.request(`/api/admin/stats/stores?${query}`, { headers: admin.headers })
      expect(res.status).toBe(400)
      expect((await res.json()).error.fields).toMatchObject({ [field]: 'invalid' })
    }
  })

  it('finds stores by district and by part of the station code or name', async () => {
    const west = await page('district=西城区')
    expect(west.total).toBe(7)
    expect(new Set(west.items.map((r) => r.district))).toEqual(new Set(['西城区']))
    expect((await page('q=4401000')).items.map((r) => r.storeCode)).toEqual([
      '44010001', '44010002', '44010003', '44010004', '44010005', '44010006', '44010007',
    ])
    const lucky = await page('q=幸运')
    expect(lucky.total).toBe(10)
    expect(lucky.items.every((r) => r.name!.includes('幸运'))).toBe(true)
    expect((await page('district=西城区&q=4401')).total).toBe(0)
  })

  it('puts the stores with the most cases first when asked, across the whole city', async () => {
    for (let i = 0; i < 3; i++) await submitCase(t, { storeCode: '44050002' })
    await submitCase(t, { storeCode: '44010003' })
    for (const sort of ['total', 'open', 'attention']) {
      const top = await page(`sort=${sort}&pageSize=2`)
      expect(top.items.map((r) => [r.storeCode, r.total])).toEqual([
        ['44050002', 3],
        ['44010003', 1],
      ])
      expect(top.total).toBe(DEMO_STORES + 1)
    }
  })

  it('pages a supervisor’s own stores only, and refuses another district', async () => {
    const sup = await staffSession(t, 'sup-east', 'supervisor', { districts: ['东城区'], stores: ['44020003'] })
    const mine = await page('pageSize=100', sup)
    expect(mine.total).toBe(8)
    expect(mine.items.map((r) => r.storeCode)).toContain('44020003')
    const res = await t.app.request('/api/admin/stats/stores?district=南湖区', { headers: sup.headers })
    expect(res.status).toBe(403)
  })
})
