import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { storeCase } from '../../server/cases/submit-feedback.ts'
import type { Page, StoreStatsRow } from '../../shared/api-types.ts'
import { newFeedbackId, newReceipt } from '../../shared/receipt.ts'
import { loginSession, makeTestApp, sendJson, type StaffSession, type TestApp } from '../helpers/test-app.ts'

const DAY = 86_400_000

// The store table's registry, total, open and overdue orders are cut by the database
// (issue 14: at 200,000 stores the city is never built in memory for them).
describe('the store table paged by the database', () => {
  let t: TestApp
  beforeEach(async () => (t = await makeTestApp()))
  afterEach(() => t.close())

  /** n complaints received `daysAgo` days before the test clock (storeCode null: a case without a store). */
  const seed = async (storeCode: string | null, daysAgo: number, n: number) => {
    const at = new Date(t.clock.now().getTime() - daysAgo * DAY).toISOString()
    await t.db.transaction(async (tx) => {
      for (let i = 0; i < n; i++) {
        const id = newFeedbackId()
        await storeCase(tx, {
          id, receipt: newReceipt(), payloadHash: id, storeCode, kind: 'complaint', categoryId: 'service_attitude',
          message: '测试数据', contactName: null, contactPhone: null, anonymous: false, channel: 'qr',
          createdAt: at, receivedAt: at, dueAt: new Date(Date.parse(at) + 7 * DAY).toISOString(),
        })
      }
    })
  }
  const page = async (query: string, s: StaffSession): Promise<Page<StoreStatsRow>> =>
    (await t.app.request(`/api/admin/stats/stores?${query}`, { headers: s.headers })).json()
  const codes = (p: Page<StoreStatsRow>) => p.items.map((r) => [r.storeCode, r.total, r.open])

  /** Every row of an order, page after page. */
  const allPages = async (sort: string, s: StaffSession) => {
    const rows: StoreStatsRow[] = []
    for (let n = 1; ; n++) {
      const p = await page(`sort=${sort}&pageSize=30&page=${n}`, s)
      if (p.items.length === 0) return rows
      rows.push(...p.items)
    }
  }

  beforeEach(async () => {
    await seed('44020001', 9, 4)
    await seed('44010001', 0, 3)
    await seed('44010002', 1, 3)
    await seed(null, 9, 2)
    const admin = await loginSession(t.app)
    const id = (await (await t.app.request('/api/admin/feedback?store=44020001', { headers: admin.headers })).json()).items[0].id
    for (const status of ['in_progress', 'resolved', 'closed']) {
      expect((await sendJson(t.app, 'PATCH', `/api/admin/feedback/${id}`, { status }, admin.headers)).status).toBe(200)
    }
  })

  it('orders by total, open and overdue, ties in registry order, the cases without a store counted as one row', async () => {
    const admin = await loginSession(t.app)
    const first = await page('sort=total&pageSize=2', admin)
    expect(codes(first)).toEqual([['44020001', 4, 3], ['44010001', 3, 3]])
    // 70 stores and the row of cases without a store.
    expect(first.total).toBe(71)
    expect(codes(await page('sort=total&pageSize=2&page=2', admin))).toEqual([['44010002', 3, 3], [null, 2, 2]])
    expect(codes(await page('sort=open&pageSize=4', admin))).toEqual([
      ['44020001', 4, 3], ['44010001', 3, 3], ['44010002', 3, 3], [null, 2, 2],
    ])
    // Received nine days ago with seven days to answer: overdue now.
    expect((await page('sort=overdue&pageSize=3', admin)).items.map((r) => [r.storeCode, r.overdue, r.total])).toEqual([
      ['44020001', 3, 4], [null, 2, 2], ['44010001', 0, 3],
    ])
    expect((await page('sort=open&page=99', admin)).items).toEqual([])
  })

  it('filters by district and by code or name before cutting the page', async () => {
    const admin = await loginSession(t.app)
    const district = await page('sort=total&pageSize=2&district=%E4%B8%9C%E5%9F%8E%E5%8C%BA', admin)
    expect(codes(district)).toEqual([['44010001', 3, 3], ['44010002', 3, 3]])
    expect(district.total).toBe(7)
    const found = await page('sort=open&q=4402000', admin)
    expect(found.total).toBe(7)
    expect(found.items[0]).toMatchObject({ storeCode: '44020001', total: 4, open: 3, overdue: 3 })
    expect(found.items.some((r) => r.storeCode === null)).toBe(false)
  })

  it('gives every store on a page the same numbers as the whole-city ranking', async () => {
    const admin = await loginSession(t.app)
    const city = await allPages('attention', admin)
    expect(city).toHaveLength(71)
    const byCode = new Map(city.map((r) => [r.storeCode, r]))
    for (const sort of ['district', 'total', 'open', 'overdue']) {
      const rows = await allPages(sort, admin)
      expect(rows).toHaveLength(71)
      expect(new Set(rows.map((r) => r.storeCode)).size).toBe(71)
      for (const r of rows) expect(r).toEqual(byCode.get(r.storeCode))
    }
  })
})
