import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { storeCase } from '../../server/cases/submit-feedback.ts'
import type { StoreStatsRow } from '../../shared/api-types.ts'
import { newFeedbackId, newReceipt } from '../../shared/receipt.ts'
import { loginSession, makeTestApp, sendJson, type StaffSession, type TestApp } from '../helpers/test-app.ts'

const DAY = 86_400_000

describe('aggregates for the morning look at the city', () => {
  let t: TestApp
  beforeEach(async () => (t = await makeTestApp()))
  afterEach(() => t.close())

  /** n cases received `daysAgo` days before the test clock, written as the server would. */
  const seed = async (storeCode: string, daysAgo: number, n: number, category = 'service_attitude') => {
    const at = new Date(t.clock.now().getTime() - daysAgo * DAY).toISOString()
    await t.db.transaction(async (tx) => {
      for (let i = 0; i < n; i++) {
        const id = newFeedbackId()
        await storeCase(tx, {
          id, receipt: newReceipt(), payloadHash: id, storeCode, kind: 'complaint', categoryId: category,
          message: '测试数据', contactName: null, contactPhone: null, anonymous: false, channel: 'qr',
          createdAt: at, receivedAt: at, dueAt: new Date(Date.parse(at) + 7 * DAY).toISOString(),
        })
      }
    })
  }
  const get = async (path: string, s: StaffSession) => (await t.app.request(path, { headers: s.headers })).json()
  const row = (rows: StoreStatsRow[], code: string) => rows.find((r) => r.storeCode === code)!

  it('flags a store whose submissions today reach max(5, 4 × its 28-day daily mean)', async () => {
    await seed('44010001', 0, 4)
    await seed('44010002', 0, 5)
    for (let d = 1; d <= 28; d++) await seed('44010003', d, 2)
    await seed('44010003', 0, 7)
    await seed('44010004', 0, 8)
    for (let d = 1; d <= 28; d++) await seed('44010004', d, 2)
    const admin = await loginSession(t.app)
    const rows: StoreStatsRow[] = (await get('/api/admin/stats/stores?pageSize=100', admin)).items
    expect(['44010001', '44010002', '44010003', '44010004'].map((c) => row(rows, c).burst)).toEqual([false, true, false, true])
    const dash = await get('/api/admin/stats/dashboard', admin)
    expect(dash.bursts).toEqual([
      { storeCode: '44010002', name: expect.any(String), date: '2026-11-30', count: 5, baseline: 0 },
      { storeCode: '44010004', name: expect.any(String), date: '2026-11-30', count: 8, baseline: 2 },
    ])
  })

  it('counts the last 7, 30 and 90 days from the daily rollup', async () => {
    await seed('44010001', 0, 1)
    await seed('44010001', 10, 1)
    await seed('44010001', 60, 1)
    await seed('44010001', 100, 1)
    const admin = await loginSession(t.app)
    expect(row((await get('/api/admin/stats/stores?q=44010001', admin)).items, '44010001')).toMatchObject({ total: 4, last7: 1, last30: 2, last90: 3 })
  })

  it('orders stores by need of attention, sums districts, and gives each store its weekly trend', async () => {
    await seed('44020001', 9, 2) // overdue by now: due 7 days after receipt
    await seed('44010001', 0, 3)
    const admin = await loginSession(t.app)
    const ordered: StoreStatsRow[] = (await get('/api/admin/stats/stores?sort=attention', admin)).items
    expect(ordered.slice(0, 2).map((r) => [r.storeCode, r.overdue, r.open])).toEqual([
      ['44020001', 2, 2],
      ['44010001', 0, 3],
    ])
    const districts = await get('/api/admin/stats/districts', admin)
    expect(districts.find((d: { district: string }) => d.district === '西城区')).toEqual({
      district: '西城区', total: 2, open: 2, overdue: 2, byKind: { complaint: 2 }, medianCloseHours: null,
      satisfaction: null, ratings: 0, confirmedFixedRate: null,
    })
    const detail = await get('/api/admin/stats/stores/44020001', admin)
    expect(detail.store).toMatchObject({ storeCode: '44020001', total: 2 })
    expect(detail.weekly).toHaveLength(26)
    // Mon 30 Nov is the current week; nine days earlier is Sat 21 Nov, in the week of Mon 16 Nov.
    expect(detail.weekly.at(-1)).toEqual({ week: '2026-11-30', count: 0 })
    expect(detail.weekly.at(-3)).toEqual({ week: '2026-11-16', count: 2 })
  })

  it('puts together the dashboard: this week, open, overdue, median time to close, by district and category', async () => {
    await seed('44010001', 0, 2)
    await seed('44020001', 9, 1, 'payout_refused')
    const id = (await get('/api/admin/feedback?store=44010001', await loginSession(t.app))).items[0].id
    t.clock.advance(5 * 3_600_000)
    const admin = await loginSession(t.app)
    for (const status of ['in_progress', 'resolved', 'closed']) {
      expect((await sendJson(t.app, 'PATCH', `/api/admin/feedback/${id}`, { status }, admin.headers)).status).toBe(200)
    }
    const dash = await get('/api/admin/stats/dashboard', admin)
    expect(dash).toMatchObject({ newThisWeek: 2, open: 2, overdue: 1, medianCloseHours: 5 })
    expect(dash.weekly).toHaveLength(12)
    expect(dash.byDistrict).toEqual(
      expect.arrayContaining([
        { district: '东城区', total: 2, open: 1, overdue: 0 },
        { district: '西城区', total: 1, open: 1, overdue: 1 },
      ]),
    )
    expect(dash.byCategory).toEqual([
      { categoryId: 'payout_refused', label: { zh: '拒绝或阻挠兑奖', en: 'Refusing or obstructing prize payout' }, count: 1 },
      { categoryId: 'service_attitude', label: expect.objectContaining({ zh: '服务态度差' }), count: 2 },
    ])
  })
})
