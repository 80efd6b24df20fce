// Issue 13 in the field pages: a case hidden from a supervisor is not named,
// counted or quoted to them by the event and risk libraries, the visits and
// the re-checks due, nor given away by an empty entry in their statistics.
import { randomUUID } from 'node:crypto'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Dashboard, DistrictStatsRow, StoreStatsDetail } from '../../shared/api-types.ts'
import type { DueRecheck, FieldEvent, FieldEventDetail, Risk, VisitCreated, VisitSummary } from '../../shared/field-types.ts'
import type { Page } from '../../shared/staff-types.ts'
import { autoCloseResolved } from '../../server/cases/auto-close.ts'
import { loginSession, makeTestApp, STAFF_PASSWORD, postJson, sendJson, staffSession, submitCase, type StaffSession, type TestApp } from '../helpers/test-app.ts'

// The demo city's 东城区 (stores 4401xxxx) has 王建国 as its supervisor.
const STORE = '44010001'

describe('conflict of interest in field work', () => {
  let t: TestApp
  let wang: StaffSession
  let admin: StaffSession
  beforeEach(async () => {
    t = await makeTestApp()
    wang = await staffSession(t, 'wang', 'supervisor', { districts: ['东城区'], name: '王建国' })
    admin = await loginSession(t.app)
  })
  afterEach(() => t.close())

  const get = async <T>(path: string, s = wang) => {
    const res = await t.app.request(path, { headers: s.headers })
    expect(res.status).toBe(200)
    return (await res.json()) as T
  }

  it('an event shows a supervisor none of its cases hidden from them, in the list, on its page or in its history', async () => {
    const plain = await submitCase(t, { storeCode: STORE, message: '站点夜间向未成年人售彩。' })
    const named = await submitCase(t, { storeCode: STORE, message: '店主说王建国是他表哥，卖给未成年人没事。' })
    const misconduct = await submitCase(t, { storeCode: STORE, kind: 'report', category: 'staff_misconduct', message: '专管员收站点的好处费。' })
    const event = { title: '站点夜间向未成年人售彩', occurredOn: '2026-11-20', storeCodes: [STORE], caseIds: [plain.id, named.id], followUp: '约谈业主。' }
    const { id } = (await (await postJson(t.app, '/api/admin/events', event, admin.headers)).json()) as { id: number }
    const edit = await sendJson(t.app, 'PATCH', `/api/admin/events/${id}`, { version: 1, caseIds: [plain.id, named.id, misconduct.id] }, admin.headers)
    expect(edit.status).toBe(200)

    expect((await get<FieldEvent[]>('/api/admin/events')).find((e) => e.id === id)?.caseIds).toEqual([plain.id])
    const page = await get<FieldEventDetail>(`/api/admin/events/${id}`)
    expect(page.caseIds).toEqual([plain.id])
    expect(JSON.stringify(page)).not.toContain(named.id)
    expect(JSON.stringify(page)).not.toContain(misconduct.id)
    // The centre sees the event as written.
    expect((await get<FieldEventDetail>(`/api/admin/events/${id}`, admin)).caseIds).toEqual([plain.id, named.id, misconduct.id])
  })

  it('a risk’s open cases leave out those hidden from the supervisor reading it', async () => {
    await submitCase(t, { storeCode: STORE, kind: 'report', category: 'sale_on_credit', message: '站点允许熟客赊账购彩。' })
    await submitCase(t, { storeCode: STORE, kind: 'report', category: 'sale_on_credit', message: '赊账是王建国默许的。' })
    await submitCase(t, { storeCode: STORE, kind: 'report', category: 'staff_misconduct', message: '专管员收站点的好处费。' })
    const risk = {
      title: '赊账销售引发纠纷',
      description: '站点为熟客赊账。',
      level: 'high',
      owner: '市场管理部',
      controls: '专管员每月走访。',
      reviewBy: '2027-03-31',
      categoryIds: ['sale_on_credit', 'staff_misconduct'],
    }
    const { id } = (await (await postJson(t.app, '/api/admin/risks', risk, admin.headers)).json()) as { id: number }
    expect((await get<Risk[]>('/api/admin/risks', admin))[0]!.openCases).toBe(3)
    expect((await get<Risk[]>('/api/admin/risks'))[0]!.openCases).toBe(1)
    expect((await get<Risk>(`/api/admin/risks/${id}`)).openCases).toBe(1)
  })

  describe('an inspection finding that names the store’s supervisor', () => {
    const INSPECTED = '44010005'
    let zhao: StaffSession
    let caseId: string
    beforeEach(async () => {
      zhao = await staffSession(t, 'zhao', 'supervisor', { districts: ['东城区'] })
      const inspection = {
        id: randomUUID(),
        storeCode: INSPECTED,
        type: 'inspection',
        startedAt: '2026-11-30T01:30:00.000Z',
        checklistId: 'store_conduct',
        checklistVersion: 1,
        results: [
          { itemId: 'no_credit', result: 'fail', note: '店主说赊账是王建国同意的' },
          { itemId: 'qr_poster', result: 'pass' },
        ],
      }
      const res = await postJson(t.app, '/api/admin/visits', inspection, zhao.headers)
      expect(res.status).toBe(201)
      caseId = ((await res.json()) as VisitCreated).casesCreated[0]!
      expect((await t.app.request(`/api/admin/feedback/${caseId}`, { headers: wang.headers })).status).toBe(404)
    })

    it('is not among the re-checks due that the named supervisor sees', async () => {
      expect((await get<DueRecheck[]>('/api/admin/visits/rechecks', zhao)).map((r) => r.caseId)).toEqual([caseId])
      const due = await get<DueRecheck[]>('/api/admin/visits/rechecks')
      expect(due.map((r) => r.caseId)).not.toContain(caseId)
      expect(JSON.stringify(due)).not.toContain('赊账是王建国')
    })

    it('shows the named supervisor the visit, but not the case it opened nor its note', async () => {
      const [visit] = (await get<Page<VisitSummary>>(`/api/admin/visits?storeCode=${INSPECTED}`)).items
      expect(visit).toMatchObject({ by: 'zhao', storeCode: INSPECTED })
      expect(visit!.results).toEqual([
        { itemId: 'no_credit', result: 'fail', note: '', caseId: null, photos: [] },
        { itemId: 'qr_poster', result: 'pass', note: '', caseId: null, photos: [] },
      ])
      const [own] = (await get<Page<VisitSummary>>(`/api/admin/visits?storeCode=${INSPECTED}`, zhao)).items
      expect(own!.results[0]).toMatchObject({ note: '店主说赊账是王建国同意的', caseId })
    })

    it('shows the named supervisor a re-check of it without the case it re-checked', async () => {
      const recheck = { id: randomUUID(), storeCode: INSPECTED, type: 'recheck', startedAt: '2026-11-30T01:50:00.000Z', recheck: { caseId, rectified: false } }
      expect((await postJson(t.app, '/api/admin/visits', recheck, zhao.headers)).status).toBe(201)
      const path = `/api/admin/visits?storeCode=${INSPECTED}&type=recheck`
      expect((await get<Page<VisitSummary>>(path)).items).toEqual([expect.objectContaining({ by: 'zhao', type: 'recheck', recheck: null })])
      expect((await get<Page<VisitSummary>>(path, zhao)).items[0]!.recheck).toEqual({ caseId, rectified: false })
    })
  })

  it('a misconduct report at a supervisor’s store leaves no empty entry in their statistics', async () => {
    await submitCase(t, { storeCode: STORE, kind: 'report', category: 'staff_misconduct', message: '专管员收站点的好处费。' })
    const quiet = await get<StoreStatsDetail>('/api/admin/stats/stores/44010002')
    const page = await get<StoreStatsDetail>(`/api/admin/stats/stores/${STORE}`)
    expect(page.store.byKind).toEqual(quiet.store.byKind)
    expect(page.store.byCategory).toEqual(quiet.store.byCategory)
    expect(page.store.byCategory).toEqual({})
    expect((await get<Dashboard>('/api/admin/stats/dashboard')).byCategory).toEqual([])
    expect((await get<DistrictStatsRow[]>('/api/admin/stats/districts')).find((d) => d.district === '东城区')?.byKind).toEqual({})
    expect((await get<StoreStatsDetail>(`/api/admin/stats/stores/${STORE}`, admin)).store.byCategory).toEqual({ staff_misconduct: 1 })
  })

  it('a hidden case’s reporter confirming the fix leaves no rating in the supervisor’s statistics', async () => {
    const c = await submitCase(t, { storeCode: STORE, message: '王建国收了店主的钱，所以不管。' })
    for (const status of ['in_progress', 'resolved']) {
      expect((await sendJson(t.app, 'PATCH', `/api/admin/feedback/${c.id}`, { status }, admin.headers)).status).toBe(200)
    }
    expect((await postJson(t.app, `/api/track/${c.receipt}/confirm`, { fixed: true, rating: 2 })).status).toBe(200)
    const quiet = { satisfaction: null, ratings: 0, confirmedFixedRate: null }
    expect((await get<StoreStatsDetail>(`/api/admin/stats/stores/${STORE}`)).store).toMatchObject({ total: 0, ...quiet })
    expect((await get<DistrictStatsRow[]>('/api/admin/stats/districts')).find((d) => d.district === '东城区')).toMatchObject(quiet)
    expect(await get<Dashboard>('/api/admin/stats/dashboard')).toMatchObject(quiet)
    expect((await get<StoreStatsDetail>(`/api/admin/stats/stores/${STORE}`, admin)).store).toMatchObject({ satisfaction: 2, ratings: 1 })
  })

  it('a hidden praise that closes itself takes nothing off the answers the supervisor sees: it was never counted', async () => {
    const resolve = async (id: string) => {
      for (const status of ['in_progress', 'resolved']) {
        expect((await sendJson(t.app, 'PATCH', `/api/admin/feedback/${id}`, { status }, admin.headers)).status).toBe(200)
      }
    }
    const complaint = await submitCase(t, { storeCode: STORE, message: '店员态度不好，已经反映过一次。' })
    await resolve(complaint.id)
    expect((await postJson(t.app, `/api/track/${complaint.receipt}/confirm`, { fixed: true })).status).toBe(200)
    const praise = await submitCase(t, { storeCode: STORE, kind: 'praise', category: 'praise_service', message: '王建国经常来站点指导，服务很好。' })
    await resolve(praise.id)
    t.clock.advance(30 * 86_400_000)
    expect(await autoCloseResolved(t.deps)).toBe(1)
    wang = await loginSession(t.app, 'wang', STAFF_PASSWORD) // days later: a new session
    expect((await get<StoreStatsDetail>(`/api/admin/stats/stores/${STORE}`)).store).toMatchObject({ confirmedFixedRate: 1 })
  })
})
