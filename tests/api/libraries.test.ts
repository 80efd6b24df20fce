// The risk and event libraries (issue 10): entries linked to the ledger,
// the open cases under each risk, an audit entry for every addition, and
// editing: each change a new version in an append-only history.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { FieldEvent, FieldEventDetail, Risk, RiskDetail } from '../../shared/field-types.ts'
import type { CaseDetail } from '../../shared/staff-types.ts'
import { loginSession, makeTestApp, postJson, sendJson, staffSession, submitCase, type StaffSession, type TestApp } from '../helpers/test-app.ts'

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

  const patch = (path: string, body: unknown, s = admin) => sendJson(t.app, 'PATCH', path, body, s.headers)

  it('edits a risk into a new version, keeps every version in its history with who changed what, and audits it', async () => {
    const { id } = (await (await postJson(t.app, '/api/admin/risks', risk, admin.headers)).json()) as { id: number }
    const clerk = await staffSession(t, 'clerk', 'staff')
    t.clock.advance(60_000)
    const res = await patch(`/api/admin/risks/${id}`, { version: 1, level: 'medium', controls: '每季度抽查。' }, clerk)
    expect(res.status).toBe(200)
    expect(await res.json()).toEqual({ version: 2 })
    const detail = await get<RiskDetail>(`/api/admin/risks/${id}`)
    expect(detail).toMatchObject({ id, version: 2, ...risk, level: 'medium', controls: '每季度抽查。', status: 'active' })
    expect(detail.history).toHaveLength(2)
    expect(detail.history[0]).toMatchObject({ version: 1, editedBy: 'admin' })
    expect(detail.history[0]!.changes).toContainEqual({ field: 'title', before: null, after: risk.title })
    expect(detail.history[1]).toEqual({
      version: 2,
      editedBy: 'clerk',
      at: t.clock.now().toISOString(),
      changes: [
        { field: 'level', before: 'high', after: 'medium' },
        { field: 'controls', before: risk.controls, after: '每季度抽查。' },
      ],
    })
    const audit = await get<{ items: { actor: string; target: string; detail: unknown }[] }>('/api/admin/audit?action=risk_edited')
    expect(audit.items).toEqual([
      expect.objectContaining({ actor: 'clerk', target: String(id), detail: { version: 2, changes: detail.history[1]!.changes } }),
    ])
  })

  it('retires a risk rather than deleting it: it stays listed, retired, with its history', async () => {
    const { id } = (await (await postJson(t.app, '/api/admin/risks', risk, admin.headers)).json()) as { id: number }
    expect((await patch(`/api/admin/risks/${id}`, { version: 1, status: 'retired' })).status).toBe(200)
    expect(await get<Risk[]>('/api/admin/risks')).toEqual([expect.objectContaining({ id, version: 2, status: 'retired' })])
    expect((await get<RiskDetail>(`/api/admin/risks/${id}`)).history.map((h) => h.changes)).toContainEqual([
      { field: 'status', before: 'active', after: 'retired' },
    ])
  })

  it('refuses an edit made on a stale version (409), an unknown entry (404), a bad field (400) and a supervisor (403)', async () => {
    const { id } = (await (await postJson(t.app, '/api/admin/risks', risk, admin.headers)).json()) as { id: number }
    expect((await patch(`/api/admin/risks/${id}`, { version: 1, title: '第一处改动' })).status).toBe(200)
    const stale = await patch(`/api/admin/risks/${id}`, { version: 1, title: '基于旧版本的改动' })
    expect(stale.status).toBe(409)
    expect(((await stale.json()) as { error: { code: string } }).error.code).toBe('conflict')
    expect((await get<RiskDetail>(`/api/admin/risks/${id}`)).title).toBe('第一处改动')
    expect((await patch('/api/admin/risks/999', { version: 1, title: 'x' })).status).toBe(404)
    expect((await t.app.request('/api/admin/risks/999', { headers: admin.headers })).status).toBe(404)
    expect((await patch('/api/admin/events/999', { version: 1, title: 'x' })).status).toBe(404)
    const bad = await patch(`/api/admin/risks/${id}`, { version: 2, level: 'severe', categoryIds: ['nope'] })
    expect(bad.status).toBe(400)
    expect((await patch(`/api/admin/risks/${id}`, { version: 2, categoryIds: ['nope'] })).status).toBe(400)
    expect((await patch(`/api/admin/risks/${id}`, { version: 2, owner: 'x', extra: 1 })).status).toBe(400)
    expect((await patch(`/api/admin/risks/${id}`, { title: 'no version' })).status).toBe(400)
    const sup = await staffSession(t, 'sup-east', 'supervisor', { districts: ['东城区'] })
    expect((await patch(`/api/admin/risks/${id}`, { version: 2, title: 'x' }, sup)).status).toBe(403)
    expect((await get<RiskDetail>(`/api/admin/risks/${id}`)).version).toBe(2)
  })

  it('writes no version for an edit that changes nothing', async () => {
    const { id } = (await (await postJson(t.app, '/api/admin/risks', risk, admin.headers)).json()) as { id: number }
    expect(await (await patch(`/api/admin/risks/${id}`, { version: 1, title: risk.title })).json()).toEqual({ version: 1 })
    expect((await get<RiskDetail>(`/api/admin/risks/${id}`)).history).toHaveLength(1)
    expect((await get<{ items: unknown[] }>('/api/admin/audit?action=risk_edited')).items).toHaveLength(0)
  })

  it('keeps the history append-only: the database refuses to change or remove a version row', async () => {
    const { id } = (await (await postJson(t.app, '/api/admin/risks', risk, admin.headers)).json()) as { id: number }
    const c = await submitCase(t, { storeCode: '44010001' })
    await postJson(t.app, '/api/admin/events', { title: '事件', occurredOn: '2026-11-20', storeCodes: [], caseIds: [c.id], followUp: '' }, admin.headers)
    await expect(t.db.run('UPDATE risk_versions SET title = ? WHERE risk_id = ?', ['rewritten', id])).rejects.toThrow(/append-only/)
    await expect(t.db.run('DELETE FROM risk_versions WHERE risk_id = ?', [id])).rejects.toThrow(/append-only/)
    await expect(t.db.run('UPDATE field_event_versions SET title = ?', ['rewritten'])).rejects.toThrow(/append-only/)
    await expect(t.db.run('DELETE FROM field_event_versions')).rejects.toThrow(/append-only/)
    expect((await get<RiskDetail>(`/api/admin/risks/${id}`)).title).toBe(risk.title)
  })

  it('shows a risk’s open cases in the reader’s scope on its own page too', async () => {
    await submitCase(t, { storeCode: '44010001', kind: 'report', category: 'sale_on_credit', message: '站点允许熟客赊账购彩。' })
    await submitCase(t, { storeCode: '44020001', kind: 'complaint', category: 'payout_refused', message: '中奖后站点拖延兑奖。' })
    const { id } = (await (await postJson(t.app, '/api/admin/risks', { ...risk, categoryIds: ['sale_on_credit'] }, admin.headers)).json()) as { id: number }
    expect((await get<RiskDetail>(`/api/admin/risks/${id}`)).openCases).toBe(1)
    await patch(`/api/admin/risks/${id}`, { version: 1, categoryIds: ['sale_on_credit', 'payout_refused'] })
    expect((await get<RiskDetail>(`/api/admin/risks/${id}`)).openCases).toBe(2)
    const sup = await staffSession(t, 'sup-east', 'supervisor', { districts: ['东城区'] })
    expect((await get<RiskDetail>(`/api/admin/risks/${id}`, sup)).openCases).toBe(1)
  })

  it('edits an event with its history and audit entry; a supervisor sees only the events of their stores', async () => {
    const c = await submitCase(t, { storeCode: '44010001' })
    const event = { title: '站点夜间向未成年人售彩', occurredOn: '2026-11-20', storeCodes: ['44010001'], caseIds: [c.id], followUp: '' }
    const { id } = (await (await postJson(t.app, '/api/admin/events', event, admin.headers)).json()) as { id: number }
    const other = { ...event, title: '西区站点停电', storeCodes: ['44020001'], caseIds: [] }
    const { id: westId } = (await (await postJson(t.app, '/api/admin/events', other, admin.headers)).json()) as { id: number }
    expect((await patch(`/api/admin/events/${id}`, { version: 1, followUp: '约谈业主，暂停销售三天。' })).status).toBe(200)
    const detail = await get<FieldEventDetail>(`/api/admin/events/${id}`)
    expect(detail).toMatchObject({ id, version: 2, followUp: '约谈业主，暂停销售三天。' })
    expect(detail.history[1]).toMatchObject({ version: 2, editedBy: 'admin', changes: [{ field: 'followUp', before: '', after: '约谈业主，暂停销售三天。' }] })
    expect((await get<{ items: { target: string }[] }>('/api/admin/audit?action=event_edited')).items).toEqual([expect.objectContaining({ target: String(id) })])
    expect((await patch(`/api/admin/events/${id}`, { version: 2, storeCodes: ['99999999'] })).status).toBe(400)
    expect((await patch(`/api/admin/events/${id}`, { version: 1, title: 'stale' })).status).toBe(409)

    const sup = await staffSession(t, 'sup-east', 'supervisor', { districts: ['东城区'] })
    expect((await get<FieldEvent[]>('/api/admin/events', sup)).map((e) => e.id)).toEqual([id])
    expect((await t.app.request(`/api/admin/events/${westId}`, { headers: sup.headers })).status).toBe(404)
    expect((await get<FieldEventDetail>(`/api/admin/events/${id}`, sup)).history).toHaveLength(2)
    expect((await patch(`/api/admin/events/${id}`, { version: 2, title: 'x' }, sup)).status).toBe(403)
    expect((await get<FieldEvent[]>('/api/admin/events')).map((e) => e.id).sort()).toEqual([id, westId].sort())
  })

  it('names on a case the events that record it, as of their latest version and as far as the reader may see them', async () => {
    const east = await submitCase(t, { storeCode: '44010001' })
    const west = await submitCase(t, { storeCode: '44020001' })
    const event = { title: '站点夜间向未成年人售彩', occurredOn: '2026-11-20', storeCodes: ['44010001'], caseIds: [east.id], followUp: '' }
    const { id } = (await (await postJson(t.app, '/api/admin/events', event, admin.headers)).json()) as { id: number }
    // The centre's own event (no store) records both cases.
    const centre = { ...event, title: '全市兑奖系统故障', storeCodes: [], caseIds: [west.id, east.id] }
    const { id: centreId } = (await (await postJson(t.app, '/api/admin/events', centre, admin.headers)).json()) as { id: number }
    const recordedIn = async (caseId: string, s = admin) => (await get<CaseDetail>(`/api/admin/feedback/${caseId}`, s)).recordedIn
    expect(await recordedIn(east.id)).toEqual([
      { id: centreId, title: '全市兑奖系统故障' },
      { id, title: '站点夜间向未成年人售彩' },
    ].sort((a, b) => b.id - a.id))
    expect(await recordedIn(west.id)).toEqual([{ id: centreId, title: '全市兑奖系统故障' }])
    // A supervisor sees the events of their stores only (the centre's own is not theirs).
    const sup = await staffSession(t, 'sup-east', 'supervisor', { districts: ['东城区'] })
    expect(await recordedIn(east.id, sup)).toEqual([{ id, title: '站点夜间向未成年人售彩' }])
    // An edit that drops the case takes the event off the case's page.
    expect((await patch(`/api/admin/events/${centreId}`, { version: 1, caseIds: [west.id] })).status).toBe(200)
    expect(await recordedIn(east.id)).toEqual([{ id, title: '站点夜间向未成年人售彩' }])
    expect(await recordedIn(west.id)).toEqual([{ id: centreId, title: '全市兑奖系统故障' }])
  })
})
