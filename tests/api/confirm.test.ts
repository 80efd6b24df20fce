// The buyer confirms the fix (issue 11): "问题解决了吗？" on /track, the
// auto-close of resolved cases nobody answers, and the figures it feeds.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { autoCloseResolved } from '../../server/cases/auto-close.ts'
import { DEMO_STORE, loginSession, makeTestApp, postJson, sendJson, submitCase, type StaffSession, type TestApp } from '../helpers/test-app.ts'

describe('the reporter confirms whether the problem was fixed', () => {
  let t: TestApp
  let admin: StaffSession
  beforeEach(async () => {
    // Wednesday 23 September 2026, 10:00 in China: the Mid-Autumn and
    // National Day holidays follow.
    t = await makeTestApp({ now: '2026-09-23T02:00:00.000Z' })
    admin = await loginSession(t.app)
  })
  afterEach(() => t.close())

  const patch = (id: string, body: unknown) => sendJson(t.app, 'PATCH', `/api/admin/feedback/${id}`, body, admin.headers)
  const detail = async (id: string) => (await t.app.request(`/api/admin/feedback/${id}`, { headers: admin.headers })).json()
  const confirm = (receipt: string, body: unknown) => postJson(t.app, `/api/track/${receipt}/confirm`, body)
  const track = async (receipt: string) => (await t.app.request(`/api/track/${receipt}`)).json()
  const resolvedCase = async () => {
    const c = await submitCase(t, { createdAt: t.clock.now().toISOString() })
    await patch(c.id, { status: 'in_progress' })
    await patch(c.id, { status: 'resolved' })
    return c
  }
  const storeRow = async () =>
    ((await (await t.app.request(`/api/admin/stats/stores?q=${DEMO_STORE}`, { headers: admin.headers })).json()) as { items: Record<string, unknown>[] }).items.find(
      (r) => r.storeCode === DEMO_STORE,
    )!

  it('closes the case when the reporter says it is fixed, with the rating on the timeline', async () => {
    const { id, receipt } = await resolvedCase()
    expect(await track(receipt)).toMatchObject({ status: 'resolved', canConfirm: true, autoCloseAt: '2026-10-10T15:59:59.999Z' })
    const res = await confirm(receipt, { fixed: true, rating: 5, comment: '已经整改，谢谢。' })
    expect(res.status).toBe(200)
    expect(await res.json()).toEqual({ status: 'closed' })
    const d = await detail(id)
    expect(d.case).toMatchObject({ status: 'closed', closedAt: t.clock.now().toISOString(), notFixed: false })
    expect(d.events.at(-2)).toMatchObject({ type: 'reporter_confirmed', actor: null, data: { from: 'resolved', to: 'closed', rating: 5 } })
    expect(d.messages.at(-1)).toMatchObject({ author: 'reporter', text: '已经整改，谢谢。' })
    expect(await track(receipt)).toMatchObject({ status: 'closed', canConfirm: false, autoCloseAt: null })
  })

  it('reopens the case to in progress, flagged, with the comment on the timeline, when the reporter says it is not fixed', async () => {
    const { id, receipt } = await resolvedCase()
    t.clock.advance(3_600_000)
    const res = await confirm(receipt, { fixed: false, comment: '还是在向未成年人卖彩票。' })
    expect(await res.json()).toEqual({ status: 'in_progress' })
    const d = await detail(id)
    expect(d.case).toMatchObject({ status: 'in_progress', closedAt: null, notFixed: true, hasReporterUpdate: true })
    expect(d.events.map((e: { type: string }) => e.type).slice(-2)).toEqual(['reporter_reopened', 'reporter_message'])
    expect(d.messages.at(-1)).toMatchObject({ author: 'reporter', text: '还是在向未成年人卖彩票。' })
    expect(await storeRow()).toMatchObject({ open: 1 })
    const inbox = await (await t.app.request('/api/admin/feedback?notFixed=1', { headers: admin.headers })).json()
    expect(inbox.items.map((c: { id: string }) => c.id)).toEqual([id])

    // Resolved again, the flag goes and the reporter is asked once more.
    await patch(id, { status: 'resolved' })
    expect((await detail(id)).case.notFixed).toBe(false)
    expect((await confirm(receipt, { fixed: true })).status).toBe(200)
  })

  it('answers 409 illegal_transition unless the case is resolved, and changes nothing', async () => {
    const { id, receipt } = await submitCase(t, { createdAt: t.clock.now().toISOString() })
    for (const body of [{ fixed: true }, { fixed: false }]) {
      const res = await confirm(receipt, body)
      expect(res.status).toBe(409)
      expect((await res.json()).error.code).toBe('illegal_transition')
    }
    expect((await detail(id)).case.status).toBe('new')
    await patch(id, { status: 'in_progress' })
    await patch(id, { status: 'resolved' })
    expect((await confirm(receipt, { fixed: true })).status).toBe(200)
    expect((await confirm(receipt, { fixed: true })).status).toBe(409)
  })

  it('never asks whether a praise was fixed, and refuses to reopen one, by the API or the plain form', async () => {
    const { id, receipt } = await submitCase(t, { kind: 'praise', category: 'praise_service', message: '店员很耐心，讲解清楚。', createdAt: t.clock.now().toISOString() })
    await patch(id, { status: 'in_progress' })
    await patch(id, { status: 'resolved' })
    expect(await track(receipt)).toMatchObject({ status: 'resolved', canConfirm: false })
    for (const body of [{ fixed: false }, { fixed: true }]) {
      const res = await confirm(receipt, body)
      expect(res.status).toBe(409)
      expect((await res.json()).error.code).toBe('illegal_transition')
    }
    const page = await (await t.app.request(`/track/${receipt}`)).text()
    expect(page).not.toContain('问题解决了吗')
    expect(page).not.toContain(`action="/track/${receipt}/confirm"`)
    const plain = await t.app.request(`/track/${receipt}/confirm`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ fixed: 'no', comment: '重新打开' }).toString(),
    })
    expect(plain.status).toBe(303)
    expect(plain.headers.get('location')).toBe(`/track/${receipt}`)
    const d = await detail(id)
    expect(d.case).toMatchObject({ status: 'resolved', notFixed: false })
    expect(d.events.map((e: { type: string }) => e.type)).not.toContain('reporter_reopened')
  })

  it('refuses a rating outside 1-5 and an unknown receipt', async () => {
    const { receipt } = await resolvedCase()
    const res = await confirm(receipt, { fixed: true, rating: 6 })
    expect(res.status).toBe(400)
    expect((await res.json()).error.fields).toEqual({ rating: 'invalid' })
    expect((await confirm('0000000000000', { fixed: true })).status).toBe(404)
  })

  it('closes a resolved case nobody answers after 7 working days, counted across the holidays, with a timeline event', async () => {
    const { id, receipt } = await resolvedCase()
    // 7 working days after Wed 23 Sep: 24, 28, 29, 30 Sep, 8, 9 Oct and the
    // make-up working Saturday 10 Oct (Mid-Autumn and National Day off).
    t.clock.set('2026-10-10T15:59:00.000Z')
    expect(await autoCloseResolved(t.deps)).toBe(0)
    expect((await track(receipt)).status).toBe('resolved')
    t.clock.set('2026-10-10T16:00:00.000Z')
    expect(await autoCloseResolved(t.deps)).toBe(1)
    admin = await loginSession(t.app) // days later: a new session
    const d = await detail(id)
    expect(d.case).toMatchObject({ status: 'closed', closedAt: '2026-10-10T16:00:00.000Z' })
    expect(d.events.at(-1)).toMatchObject({ type: 'auto_closed', actor: null, data: { days: 7 } })
    expect((await confirm(receipt, { fixed: false })).status).toBe(409)
    expect(await autoCloseResolved(t.deps)).toBe(0)
  })

  it('closes a resolved praise after the same days without counting it as a question left unanswered', async () => {
    const complaint = await resolvedCase()
    await confirm(complaint.receipt, { fixed: true, rating: 5 })
    const praise = await submitCase(t, { kind: 'praise', category: 'praise_service', createdAt: t.clock.now().toISOString() })
    await patch(praise.id, { status: 'in_progress' })
    await patch(praise.id, { status: 'resolved' })
    t.clock.set('2026-10-12T02:00:00.000Z')
    expect(await autoCloseResolved(t.deps)).toBe(1)
    expect((await track(praise.receipt)).status).toBe('closed')
    admin = await loginSession(t.app) // days later: a new session
    // The praise was never asked "问题解决了吗？": the one answer is the complaint's.
    expect(await storeRow()).toMatchObject({ confirmedFixedRate: 1 })
  })

  it('shows satisfaction and the confirmed-fixed rate per store, per district and on the dashboard', async () => {
    const a = await resolvedCase()
    const b = await resolvedCase()
    const c = await resolvedCase()
    await confirm(a.receipt, { fixed: true, rating: 5 })
    await confirm(b.receipt, { fixed: false, rating: 2 })
    t.clock.set('2026-10-12T02:00:00.000Z')
    await autoCloseResolved(t.deps)
    expect((await track(c.receipt)).status).toBe('closed')
    admin = await loginSession(t.app) // days later: a new session

    // Fixed 1 of 3 answered-or-lapsed; ratings 5 and 2.
    expect(await storeRow()).toMatchObject({ satisfaction: 3.5, ratings: 2, confirmedFixedRate: 1 / 3 })
    const store = (await (await t.app.request(`/api/admin/stores/${DEMO_STORE}`, { headers: admin.headers })).json()) as { district: string }
    const districts = (await (await t.app.request('/api/admin/stats/districts', { headers: admin.headers })).json()) as Record<string, unknown>[]
    expect(districts.find((d) => d.district === store.district)).toMatchObject({ satisfaction: 3.5, confirmedFixedRate: 1 / 3 })
    const dash = await (await t.app.request('/api/admin/stats/dashboard', { headers: admin.headers })).json()
    expect(dash).toMatchObject({ satisfaction: 3.5, ratings: 2, confirmedFixedRate: 1 / 3 })
  })
})
