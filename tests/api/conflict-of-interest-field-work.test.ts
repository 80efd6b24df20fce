// Issue 13 in the field pages: a case hidden from a supervisor is not named,
// counted or quoted to them by the event and risk libraries, the visits and
// the re-checks due, nor given away by an empty entry in their statistics.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Risk } from '../../shared/field-types.ts'
import { loginSession, makeTestApp, postJson, staffSession, submitCase, type StaffSession, type TestApp } from '../helpers/test-app.ts'

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
