// Campaign progress (issue 10) against a fixture counted by hand: two
// districts of the demo city (7 stores each; 王建国 supervises 东城区,
// 李秀英 西城区), visits before, inside and after the period, one in a
// district the campaign leaves out, and one started at 01:00 China time on
// 30 November (17:00 UTC on the 29th).
import { randomUUID } from 'node:crypto'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { CampaignProgress, VisitCreated } from '../../shared/field-types.ts'
import { loginSession, makeTestApp, postJson, staffSession, type StaffSession, type TestApp } from '../helpers/test-app.ts'

describe('campaign progress', () => {
  let t: TestApp
  let staff: StaffSession
  let campaignId: number

  const visit = async (body: Record<string, unknown>) => {
    const res = await postJson(t.app, '/api/admin/visits', { id: randomUUID(), ...body }, staff.headers)
    expect(res.status).toBe(201)
    return (await res.json()) as VisitCreated
  }
  const inspect = (storeCode: string, startedAt: string, results: [string, string][]) =>
    visit({
      storeCode,
      type: 'inspection',
      startedAt,
      checklistId: 'store_conduct',
      checklistVersion: 1,
      results: results.map(([itemId, result]) => ({ itemId, result })),
    })
  const train = (storeCode: string, startedAt: string) =>
    visit({ storeCode, type: 'training', startedAt, training: { topic: '警示案例汇编', attendees: 2 } })
  const progress = async (asOf: string, s = staff) => {
    const res = await t.app.request(`/api/admin/campaigns/${campaignId}/progress?asOf=${asOf}`, { headers: s.headers })
    expect(res.status).toBe(200)
    return (await res.json()) as CampaignProgress
  }

  beforeEach(async () => {
    t = await makeTestApp()
    staff = await staffSession(t, 'centre', 'staff')
    const res = await postJson(
      t.app,
      '/api/admin/campaigns',
      { name: '站点规范经营专项治理', from: '2026-11-01', to: '2026-11-30', districts: ['东城区', '西城区'], targets: { inspectedPct: 100, trainedPct: 90 } },
      staff.headers,
    )
    expect(res.status).toBe(201)
    campaignId = ((await res.json()) as { id: number }).id

    await inspect('44010001', '2026-11-10T02:00:00Z', [['no_credit', 'fail'], ['camera_works', 'fixed'], ['qr_poster', 'pass']])
    await train('44010001', '2026-11-12T02:00:00Z')
    const c = await inspect('44010002', '2026-11-20T02:00:00Z', [['tickets_issued', 'fail'], ['hygiene_safety', 'fail']])
    await train('44020001', '2026-11-05T02:00:00Z')
    await inspect('44020001', '2026-10-25T02:00:00Z', [['no_credit', 'fail']]) // before the period
    await inspect('44030001', '2026-11-10T02:00:00Z', [['no_credit', 'fail']]) // 南湖区: not in the campaign
    await inspect('44010001', '2026-11-29T17:00:00Z', [['camera_works', 'fixed']]) // 30 November in China
    // Re-checked and found rectified on 30 November (the test clock's day).
    await visit({ storeCode: '44010002', type: 'recheck', startedAt: '2026-11-30T01:00:00Z', recheck: { caseId: c.casesCreated[0], rectified: true } })
  })
  afterEach(() => t.close())

  it('counts stores, inspections, trainings, failures and fixes per district and supervisor as of 29 November', async () => {
    expect(await progress('2026-11-29')).toEqual({
      asOf: '2026-11-29',
      campaign: {
        id: campaignId,
        name: '站点规范经营专项治理',
        from: '2026-11-01',
        to: '2026-11-30',
        districts: ['东城区', '西城区'],
        targets: { inspectedPct: 100, trainedPct: 90 },
      },
      stores: 14,
      inspected: 2,
      trained: 2,
      failedItems: 3,
      fixedOnSite: 1,
      rectification: { open: 3, closed: 0, overdue: 0 },
      byDistrict: [
        { district: '东城区', stores: 7, inspected: 2, trained: 1, failedItems: 3, fixedOnSite: 1 },
        { district: '西城区', stores: 7, inspected: 0, trained: 1, failedItems: 0, fixedOnSite: 0 },
      ],
      bySupervisor: [
        { supervisor: '李秀英', stores: 7, inspected: 0, trained: 1, failedItems: 0, fixedOnSite: 0 },
        { supervisor: '王建国', stores: 7, inspected: 2, trained: 1, failedItems: 3, fixedOnSite: 1 },
      ],
    })
  })

  it('takes in the China day 30 November and the case rectified on it', async () => {
    const p = await progress('2026-11-30')
    expect(p).toMatchObject({ stores: 14, inspected: 2, trained: 2, failedItems: 3, fixedOnSite: 2, rectification: { open: 2, closed: 1, overdue: 0 } })
    expect(p.byDistrict[0]).toEqual({ district: '东城区', stores: 7, inspected: 2, trained: 1, failedItems: 3, fixedOnSite: 2 })
  })

  it('stops counting visits at the end of the period but ages the open cases to the as-of date', async () => {
    const p = await progress('2026-12-31')
    expect(p).toMatchObject({ inspected: 2, fixedOnSite: 2, rectification: { open: 2, closed: 1, overdue: 2 } })
    const before = await progress('2026-10-31')
    expect(before).toMatchObject({ stores: 14, inspected: 0, trained: 0, failedItems: 0, fixedOnSite: 0, rectification: { open: 0, closed: 0, overdue: 0 } })
  })

  it('gives the same figures as CSV with a BOM, and lets viewers read but not create', async () => {
    const res = await t.app.request(`/api/admin/campaigns/${campaignId}/progress.csv?asOf=2026-11-29`, { headers: staff.headers })
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toContain('text/csv')
    const bytes = new Uint8Array(await res.arrayBuffer())
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const lines = new TextDecoder().decode(bytes).replace(/^\uFEFF/, '').trim().split('\r\n')
    expect(lines[1]).toBe('分组,名称,站点数,已检查站点,已培训站点,不合格项,当场整改')
    expect(lines).toContain('合计,站点规范经营专项治理,14,2,2,3,1')
    expect(lines).toContain('区,东城区,7,2,1,3,1')
    expect(lines).toContain('专管员,李秀英,7,0,1,0,0')
    expect(lines.at(-1)).toBe('整改中,3,已整改,0,逾期,0')

    const viewer = await staffSession(t, 'look', 'viewer')
    expect((await progress('2026-11-29', viewer)).inspected).toBe(2)
    const sup = await staffSession(t, 'sup', 'supervisor', { districts: ['东城区'] })
    expect((await postJson(t.app, '/api/admin/campaigns', { name: 'x', from: '2026-11-01', to: '2026-11-30' }, sup.headers)).status).toBe(403)
    const admin = await loginSession(t.app)
    const bad = await postJson(t.app, '/api/admin/campaigns', { name: '倒序', from: '2026-12-01', to: '2026-11-01' }, admin.headers)
    expect(bad.status).toBe(400)
    expect((await bad.json()).error.fields).toEqual({ to: 'invalid' })
    expect((await t.app.request('/api/admin/campaigns/999/progress', { headers: admin.headers })).status).toBe(404)
  })
})
