// The risk and event libraries (issue 10): entries linked to the ledger,
// the open cases under each risk, and an audit entry for every addition.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { FieldEvent, Risk } from '../../shared/field-types.ts'
import { loginSession, makeTestApp, postJson, staffSession, submitCase, type StaffSession, type TestApp } from '../helpers/test-app.ts'

describe('risk and event libraries', () => {
  let t: TestApp
  let admin: StaffSession
  beforeEach(async () => {
    t = await makeTestApp()
    admin = await loginSession(t.app)
  })
  afterEach(() => t.close())

  const get = async <T>(path: string, s = admin) => (await (await t.app.request(path, { headers: s.headers })).json()) as T
  const risk = {
    title: '赊账销售引发纠纷',
    description: '站点为熟客赊账，欠款纠纷后投诉。',
    level: 'high',
    owner: '市场管理部',
    controls: '检查表逐项检查；专管员每月走访。',
    reviewBy: '2027-03-31',
    categoryIds: ['sale_on_credit', 'payout_refused'],
  }

  it('lists each risk with the open cases of its categories, in the reader’s area', async () => {
    await submitCase(t, { storeCode: '44010001', kind: 'report', category: 'sale_on_credit', message: '站点允许熟客赊账购彩。' })
    await submitCase(t, { storeCode: '44020001', kind: 'complaint', category: 'payout_refused', message: '中奖后站点拖延兑奖。' })
    await submitCase(t, { storeCode: '44010001', message: '店员态度很差，不理人。' })
    const res = await postJson(t.app, '/api/admin/risks', risk, admin.headers)
    expect(res.status).toBe(201)
    const { id } = (await res.json()) as { id: number }
    expect(await get<Risk[]>('/api/admin/risks')).toEqual([expect.objectContaining({ id, version: 1, ...risk, openCases: 2 })])
    const sup = await staffSession(t, 'sup-east', 'supervisor', { districts: ['东城区'] })
    expect((await get<Risk[]>('/api/admin/risks', sup))[0]!.openCases).toBe(1)
    expect((await postJson(t.app, '/api/admin/risks', risk, sup.headers)).status).toBe(403)
    const audit = await get<{ items: { action: string; target: string }[] }>('/api/admin/audit?action=risk_saved')
    expect(audit.items).toEqual([expect.objectContaining({ action: 'risk_saved', target: String(id) })])
    const bad = await postJson(t.app, '/api/admin/risks', { ...risk, categoryIds: ['nope'] }, admin.headers)
    expect(bad.status).toBe(400)
  })

  it('records an event with its stores, cases and follow-up, audited', async () => {
    const c = await submitCase(t, { storeCode: '44010001' })
    const event = { title: '站点夜间向未成年人售彩', occurredOn: '2026-11-20', storeCodes: ['44010001'], caseIds: [c.id], followUp: '约谈业主，暂停销售三天。' }
    const res = await postJson(t.app, '/api/admin/events', event, admin.headers)
    expect(res.status).toBe(201)
    const { id } = (await res.json()) as { id: number }
    expect(await get<FieldEvent[]>('/api/admin/events')).toEqual([expect.objectContaining({ id, version: 1, ...event })])
    expect((await get<{ items: unknown[] }>('/api/admin/audit?action=event_saved')).items).toHaveLength(1)
    expect((await postJson(t.app, '/api/admin/events', { ...event, storeCodes: ['99999999'] }, admin.headers)).status).toBe(400)
  })
})
