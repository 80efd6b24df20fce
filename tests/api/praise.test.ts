// Praise is counted and can be answered, but it is never an open problem:
// it does not make a store look worse, today or after its 15 working days.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { CaseList, Dashboard, Page, StoreStatsRow } from '../../shared/staff-types.ts'
import { DEMO_STORE, feedbackBody, loginSession, makeTestApp, postJson, sendJson, type StaffSession, type TestApp } from '../helpers/test-app.ts'

const DAY = 86_400_000

describe('a praise', () => {
  let t: TestApp
  let admin: StaffSession
  beforeEach(async () => {
    t = await makeTestApp()
    admin = await loginSession(t.app)
  })
  afterEach(() => t.close())

  const get = async <T>(path: string): Promise<T> => (await t.app.request(path, { headers: admin.headers })).json() as Promise<T>
  const problems = async () => {
    const stores = (await get<Page<StoreStatsRow>>('/api/admin/stats/stores?q=' + DEMO_STORE)).items
    const store = stores.find((r) => r.storeCode === DEMO_STORE)!
    const dash = await get<Dashboard>('/api/admin/stats/dashboard')
    const district = dash.byDistrict.find((d) => d.district === store.district)
    const inbox = await get<CaseList>('/api/admin/feedback')
    return {
      store: { open: store.open, overdue: store.overdue, dueSoon: store.dueSoon, ackOverdue: store.ackOverdue, attention: store.attention },
      district: { open: district?.open ?? 0, overdue: district?.overdue ?? 0 },
      dashboard: { open: dash.open, overdue: dash.overdue, dueSoon: dash.dueSoon, ackOverdue: dash.ackOverdue },
      inbox: { overdue: inbox.counts.overdue, dueSoon: inbox.counts.dueSoon, ackOverdue: inbox.counts.ackOverdue },
    }
  }

  it('is counted but never opens, lapses or raises attention, even past its would-be deadline', async () => {
    const before = await problems()
    const totalBefore = ((await get<Page<StoreStatsRow>>('/api/admin/stats/stores?q=' + DEMO_STORE)).items).find((r) => r.storeCode === DEMO_STORE)!.total
    const body = feedbackBody({ kind: 'praise', category: 'praise_service', message: '店员很耐心，讲解清楚。' })
    const res = await postJson(t.app, '/api/feedback', body)
    expect(res.status).toBe(201)
    const { receipt } = (await res.json()) as { receipt: string }

    expect(await problems()).toEqual(before)
    // A month later its 15 working days are long gone.
    t.clock.advance(30 * DAY)
    admin = await loginSession(t.app)
    expect(await problems()).toEqual(before)

    const stores = (await get<Page<StoreStatsRow>>('/api/admin/stats/stores?q=' + DEMO_STORE)).items
    const store = stores.find((r) => r.storeCode === DEMO_STORE)!
    expect(store.total).toBe(totalBefore + 1)
    expect(store.byKind.praise).toBe(1)
    const inbox = await get<CaseList>('/api/admin/feedback?kind=praise')
    expect(inbox.items.map((c) => [c.status, c.overdue, c.dueSoon, c.ackOverdue])).toEqual([['new', false, false, false]])
    const track = (await (await t.app.request(`/api/track/${receipt}`)).json()) as { overdue: boolean }
    expect(track.overdue).toBe(false)
  })

  it('is left out of the inbox\'s open count and open list, which agree with the dashboard', async () => {
    await postJson(t.app, '/api/feedback', feedbackBody({ kind: 'complaint', category: 'service_attitude', message: '店员态度冷淡。' }))
    await postJson(t.app, '/api/feedback', feedbackBody({ kind: 'praise', category: 'praise_service', message: '店员很耐心。' }))
    const dash = await get<Dashboard>('/api/admin/stats/dashboard')
    const all = await get<CaseList>('/api/admin/feedback')
    expect(all.counts.byStatus.new).toBe(dash.open + 1)
    expect(all.counts.open).toBe(dash.open)
    const open = await get<CaseList>('/api/admin/feedback?status=open')
    expect(open.total).toBe(dash.open)
    expect(open.items.map((c) => c.kind)).not.toContain('praise')
    // The other filters still apply, and the count stays the one for the tab.
    const praise = await get<CaseList>('/api/admin/feedback?status=open&kind=praise')
    expect([praise.total, praise.counts.open]).toEqual([0, 0])
    // "open" is a view of its own, not one status among others.
    expect((await t.app.request('/api/admin/feedback?status=open,closed', { headers: admin.headers })).status).toBe(400)
  })

  it('can still be answered and closed, and then counts in the time to close', async () => {
    const body = feedbackBody({ kind: 'praise', category: 'praise_service', message: '环境整洁。' })
    expect((await postJson(t.app, '/api/feedback', body)).status).toBe(201)
    const open = (await problems()).store.open
    t.clock.advance(2 * 3_600_000)
    admin = await loginSession(t.app)
    for (const step of [{ assignee: 'admin' }, { status: 'in_progress' }, { status: 'resolved' }, { status: 'closed' }]) {
      expect((await sendJson(t.app, 'PATCH', `/api/admin/feedback/${body.id}`, step, admin.headers)).status).toBe(200)
    }
    const store = ((await get<Page<StoreStatsRow>>('/api/admin/stats/stores?q=' + DEMO_STORE)).items).find((r) => r.storeCode === DEMO_STORE)!
    expect(store.open).toBe(open)
    expect(store.medianCloseHours).toBe(2)
  })
})
