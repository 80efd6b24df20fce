// Issue 13: a case is hidden from the supervisors it concerns, decided when
// its text is written — the report, a reporter's follow-up, a staff note —
// and never undone by a later change to the store. Checked through every
// route a supervisor can call: inbox, search, case page (with its timeline),
// CSV, statistics and the store page.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { loginSession, makeTestApp, postJson, sendJson, staffSession, submitCase, type StaffSession, type TestApp } from '../helpers/test-app.ts'

// The demo city's 东城区 (stores 4401xxxx) has 王建国 as its supervisor.
const STORE = '44010001'

describe('conflict of interest, decided when text is written', () => {
  let t: TestApp
  let wang: StaffSession
  let admin: StaffSession
  beforeEach(async () => {
    t = await makeTestApp()
    wang = await staffSession(t, 'wang', 'supervisor', { districts: ['东城区'], name: '王建国' })
    admin = await loginSession(t.app)
  })
  afterEach(() => t.close())

  const get = (path: string, s = wang) => t.app.request(path, { headers: s.headers })

  /** Every place a supervisor could learn of the case; true when none shows it. */
  async function hiddenEverywhere(id: string, text: string): Promise<void> {
    const list = (await (await get('/api/admin/feedback')).json()) as { items: { id: string }[] }
    expect(list.items.map((c) => c.id)).not.toContain(id)
    const search = (await (await get(`/api/admin/feedback?q=${encodeURIComponent(text)}`)).json()) as { total: number }
    expect(search.total).toBe(0)
    const storeCases = (await (await get(`/api/admin/feedback?store=${STORE}`)).json()) as { items: { id: string }[] }
    expect(storeCases.items.map((c) => c.id)).not.toContain(id)
    // The case page carries the timeline and the messages: all of it is 404.
    expect((await get(`/api/admin/feedback/${id}`)).status).toBe(404)
    expect((await t.app.request(`/api/admin/feedback/${id}/reveal`, { method: 'POST', headers: wang.headers })).status).toBe(404)
    expect(await (await get('/api/admin/feedback.csv')).text()).not.toContain(text)
    const row = ((await (await get(`/api/admin/stats/stores?q=${STORE}`)).json()) as { items: { storeCode: string; total: number }[] }).items.find(
      (r) => r.storeCode === STORE,
    )
    expect(row?.total).toBe(0)
    const storePage = (await (await get(`/api/admin/stats/stores/${STORE}`)).json()) as { store: { total: number }; weekly: { count: number }[] }
    expect(storePage.store.total).toBe(0)
    expect(storePage.weekly.reduce((n, w) => n + w.count, 0)).toBe(0)
    const dashboard = (await (await get('/api/admin/stats/dashboard')).json()) as { open: number }
    expect(dashboard.open).toBe(0)
  }

  it('a reporter’s follow-up naming the supervisor, spaced out, hides the case from them', async () => {
    const c = await submitCase(t, { storeCode: STORE, message: '站点拒绝兑奖，说奖金要下周才有。' })
    expect((await get(`/api/admin/feedback/${c.id}`)).status).toBe(200)
    const followUp = await postJson(t.app, `/api/track/${c.receipt}/messages`, { text: '是专管员王 建国让站点这么做的' })
    expect(followUp.status).toBe(201)
    await hiddenEverywhere(c.id, '拒绝兑奖')
    expect((await get(`/api/admin/feedback/${c.id}`, admin)).status).toBe(200)
  })

  it('a staff internal note naming the supervisor in traditional characters hides the case', async () => {
    const c = await submitCase(t, { storeCode: STORE, message: '彩票机旁边的宣传单夸大中奖概率。' })
    const note = await postJson(t.app, `/api/admin/feedback/${c.id}/replies`, { text: '据反映与專管員王建國有关，先不转给他', public: false }, admin.headers)
    expect(note.status).toBe(201)
    await hiddenEverywhere(c.id, '宣传单')
  })

  it('a misconduct report stays hidden from the store’s supervisor after the store gets another, and the edit is audited', async () => {
    const c = await submitCase(t, { storeCode: STORE, kind: 'report', category: 'staff_misconduct', message: '专管员收站点的好处费。' })
    const edit = await sendJson(t.app, 'PATCH', `/api/admin/stores/${STORE}`, { supervisorName: '' }, admin.headers)
    expect(edit.status).toBe(200)
    await hiddenEverywhere(c.id, '好处费')
    const audit = (await (await get('/api/admin/audit?action=store_changed', admin)).json()) as { items: { target: string; detail: unknown }[] }
    expect(audit.items[0]).toMatchObject({ target: STORE, detail: { before: { supervisorName: '王建国' }, after: { supervisorName: '' } } })
  })

  it('a report naming a supervisor of another district is hidden from that one too', async () => {
    await staffSession(t, 'li', 'supervisor', { districts: ['西城区'], name: '李秀英' })
    const li = await loginSession(t.app, 'li', 'pass-for-tests')
    const c = await submitCase(t, { storeCode: '44020001', message: '听说李 秀英和店主是亲戚，投诉没人管。' })
    expect((await get(`/api/admin/feedback/${c.id}`, li)).status).toBe(404)
  })

  it('an account named after the cases were written is hidden from the ones that name it, and audited', async () => {
    const named = await submitCase(t, { storeCode: '44020001', message: '店里说有赵 志刚撑腰，不给兑奖。' })
    const note = await submitCase(t, { storeCode: '44020002', message: '站点卫生很差。' })
    expect((await postJson(t.app, `/api/admin/feedback/${note.id}/replies`, { text: '與趙志剛核实过', public: false }, admin.headers)).status).toBe(201)
    const other = await submitCase(t, { storeCode: '44020003', message: '站点态度很差。' })
    await staffSession(t, 'zhao', 'supervisor', { districts: ['西城区'] })
    const zhao = await loginSession(t.app, 'zhao', 'pass-for-tests')
    expect((await get(`/api/admin/feedback/${named.id}`, zhao)).status).toBe(200)
    const rename = await sendJson(t.app, 'PATCH', '/api/admin/users/zhao', { name: '赵志刚' }, admin.headers)
    expect(rename.status).toBe(200)
    expect((await get(`/api/admin/feedback/${named.id}`, zhao)).status).toBe(404)
    expect((await get(`/api/admin/feedback/${note.id}`, zhao)).status).toBe(404)
    expect((await get(`/api/admin/feedback/${other.id}`, zhao)).status).toBe(200)
    const audit = (await (await get('/api/admin/audit?action=user_changed', admin)).json()) as { items: { target: string; detail: unknown }[] }
    expect(audit.items[0]).toMatchObject({ target: 'zhao', detail: { name: '赵志刚', hiddenCases: 2 } })
  })

  it('a supervisor account created with the name of a store’s supervisor does not see that store’s earlier misconduct reports', async () => {
    // 南湖区's stores (4403xxxx) have 张伟 as their supervisor in the registry.
    const c = await submitCase(t, { storeCode: '44030001', kind: 'report', category: 'staff_misconduct', message: '专管员收好处费。' })
    const plain = await submitCase(t, { storeCode: '44030001', message: '站点态度很差。' })
    const account = { username: 'zhangwei', password: 'zhangwei-password', role: 'supervisor', name: '张 伟', districts: ['南湖区'] }
    expect((await postJson(t.app, '/api/admin/users', account, admin.headers)).status).toBe(201)
    const zhang = await loginSession(t.app, 'zhangwei', 'zhangwei-password')
    expect((await get(`/api/admin/feedback/${c.id}`, zhang)).status).toBe(404)
    expect((await get(`/api/admin/feedback/${plain.id}`, zhang)).status).toBe(200)
  })
})

describe('revealing a reporter’s contact', () => {
  let t: TestApp
  beforeEach(async () => (t = await makeTestApp()))
  afterEach(() => t.close())

  it('a supervisor who takes a case cannot reveal the contact; an assignment by staff can', async () => {
    const wang = await staffSession(t, 'wang', 'supervisor', { districts: ['东城区'] })
    const staff = await staffSession(t, 'centre', 'staff')
    const c = await submitCase(t, { storeCode: STORE })
    const reveal = (s: StaffSession) => t.app.request(`/api/admin/feedback/${c.id}/reveal`, { method: 'POST', headers: s.headers })

    expect((await sendJson(t.app, 'PATCH', `/api/admin/feedback/${c.id}`, { assignee: 'wang' }, wang.headers)).status).toBe(200)
    expect((await reveal(wang)).status).toBe(403)
    const page = (await (await t.app.request(`/api/admin/feedback/${c.id}`, { headers: wang.headers })).json()) as { canReveal: boolean }
    expect(page.canReveal).toBe(false)

    // Taken over from a staff member and then self-assigned: still no.
    expect((await sendJson(t.app, 'PATCH', `/api/admin/feedback/${c.id}`, { assignee: 'centre' }, staff.headers)).status).toBe(200)
    expect((await sendJson(t.app, 'PATCH', `/api/admin/feedback/${c.id}`, { assignee: 'wang' }, wang.headers)).status).toBe(200)
    expect((await reveal(wang)).status).toBe(403)

    expect((await sendJson(t.app, 'PATCH', `/api/admin/feedback/${c.id}`, { assignee: 'wang' }, staff.headers)).status).toBe(200)
    expect((await reveal(wang)).status).toBe(403)
    expect((await sendJson(t.app, 'PATCH', `/api/admin/feedback/${c.id}`, { assignee: 'centre' }, staff.headers)).status).toBe(200)
    expect((await sendJson(t.app, 'PATCH', `/api/admin/feedback/${c.id}`, { assignee: 'wang' }, staff.headers)).status).toBe(200)
    const revealed = await reveal(wang)
    expect(revealed.status).toBe(200)
    expect(((await revealed.json()) as { contact: { phone: string } }).contact.phone).toBe('13812345678')
  })

})

