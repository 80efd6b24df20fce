// Issue 13 in the field pages: a case hidden from a supervisor is not named,
// counted or quoted to them by the event and risk libraries, the visits and
// the re-checks due, nor given away by an empty entry in their statistics.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { FieldEvent, FieldEventDetail, Risk } from '../../shared/field-types.ts'
import { loginSession, makeTestApp, postJson, sendJson, staffSession, submitCase, type StaffSession, type TestApp } from '../helpers/test-app.ts'

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
})
