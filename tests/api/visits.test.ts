// Supervisors in the field (issue 10): checklists, visits, and the cases an
// inspection leaves in the ledger.
import { randomUUID } from 'node:crypto'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { ChecklistTemplate, VisitCreated } from '../../shared/field-types.ts'
import type { CaseDetail, CaseList } from '../../shared/staff-types.ts'
import { feedbackBody, loginSession, makeTestApp, postJson, sendJson, staffSession, type StaffSession, type TestApp } from '../helpers/test-app.ts'

const EAST_STORE = '44010001'
const WEST_STORE = '44020001'

describe('supervisors’ visits', () => {
  let t: TestApp
  let sup: StaffSession
  beforeEach(async () => {
    t = await makeTestApp()
    sup = await staffSession(t, 'sup-east', 'supervisor', { districts: ['东城区'] })
  })
  afterEach(() => t.close())

  const get = async <T>(path: string, s = sup) => {
    const res = await t.app.request(path, { headers: s.headers })
    return { status: res.status, body: (await res.json()) as T }
  }
  const visit = (body: Record<string, unknown>, s = sup) => postJson(t.app, '/api/admin/visits', body, s.headers)
  const checklist = async () => (await get<ChecklistTemplate[]>('/api/admin/checklists')).body.find((c) => c.id === 'store_conduct')!
  const inspection = (results: { itemId: string; result: string; note?: string }[], overrides: Record<string, unknown> = {}) => ({
    id: randomUUID(),
    storeCode: EAST_STORE,
    type: 'inspection',
    startedAt: '2026-11-30T01:30:00.000Z',
    checklistId: 'store_conduct',
    checklistVersion: 1,
    results,
    ...overrides,
  })

  it('starts with the store conduct checklist, every item filed under a category of the taxonomy', async () => {
    const list = await checklist()
    expect(list.version).toBe(1)
    expect(list.items.length).toBeGreaterThanOrEqual(12)
    const categories = (await (await t.app.request('/api/categories')).json()) as { id: string }[]
    for (const item of list.items) expect(categories.map((c) => c.id)).toContain(item.categoryId)
    expect(list.items.find((i) => i.id === 'no_credit')).toMatchObject({ categoryId: 'sale_on_credit', label: { zh: '无赊账销售' } })
  })

  it('publishes a correction as a new version and keeps the old one usable for visits that used it', async () => {
    const admin = await loginSession(t.app)
    const v1 = await checklist()
    const corrected = { id: v1.id, title: v1.title, items: [...v1.items.slice(0, 2), { id: 'new_item', label: { zh: '新检查项', en: 'New item' }, categoryId: 'report_other' }] }
    const res = await postJson(t.app, '/api/admin/checklists', corrected, admin.headers)
    expect(res.status).toBe(201)
    expect(await res.json()).toMatchObject({ id: 'store_conduct', version: 2 })
    const now = await checklist()
    expect(now.version).toBe(2)
    expect(now.items.map((i) => i.id)).toEqual([v1.items[0]!.id, v1.items[1]!.id, 'new_item'])
    // A visit made offline with version 1 is still recorded against version 1.
    expect((await visit(inspection([{ itemId: 'camera_works', result: 'pass' }]))).status).toBe(201)
    expect((await visit(inspection([{ itemId: 'camera_works', result: 'pass' }], { checklistVersion: 2 }))).status).toBe(400)
    // Supervisors read checklists but do not publish them; an unknown category is refused.
    expect((await postJson(t.app, '/api/admin/checklists', corrected, sup.headers)).status).toBe(403)
    const bad = await postJson(t.app, '/api/admin/checklists', { ...corrected, items: [{ id: 'x', label: { zh: '某项', en: 'X' }, categoryId: 'no_such' }] }, admin.headers)
    expect(bad.status).toBe(400)
  })

  it('turns a failed item into an inspection case with the item’s category, SLA deadline and visit; fixed on the spot is no case', async () => {
    const body = inspection([
      { itemId: 'no_credit', result: 'fail', note: '柜台有赊账记录本' },
      { itemId: 'camera_works', result: 'fixed', note: '重新接通电源' },
      { itemId: 'qr_poster', result: 'pass' },
    ])
    const res = await visit(body)
    expect(res.status).toBe(201)
    const created = (await res.json()) as VisitCreated
    expect(created.id).toBe(body.id)
    expect(created.casesCreated).toHaveLength(1)
    const caseId = created.casesCreated[0]!

    const detail = await get<CaseDetail>(`/api/admin/feedback/${caseId}`)
    expect(detail.status).toBe(200)
    expect(detail.body.case).toMatchObject({
      channel: 'inspection',
      categoryId: 'sale_on_credit',
      kind: 'report',
      storeCode: EAST_STORE,
      status: 'new',
      visitId: body.id,
    })
    expect(detail.body.case.message).toContain('柜台有赊账记录本')
    // The deadline follows the category's SLA, as for a buyer's report received now.
    const buyer = await (await postJson(t.app, '/api/feedback', feedbackBody({ kind: 'report', category: 'sale_on_credit', contact: undefined }))).json()
    expect(detail.body.case.dueAt).toBe(buyer.dueAt)

    const inbox = await get<CaseList>('/api/admin/feedback?channel=inspection')
    expect(inbox.body.items.map((c) => c.id)).toEqual([caseId])
    expect((await get<CaseList>('/api/admin/feedback')).body.total).toBe(2)

    const visits = await get<{ items: { id: string; results: { itemId: string; result: string; caseId: string | null }[] }[] }>(
      `/api/admin/visits?storeCode=${EAST_STORE}`,
    )
    expect(visits.body.items[0]!.results).toEqual([
      { itemId: 'no_credit', result: 'fail', note: '柜台有赊账记录本', caseId, photos: [] },
      { itemId: 'camera_works', result: 'fixed', note: '重新接通电源', caseId: null, photos: [] },
      { itemId: 'qr_poster', result: 'pass', note: '', caseId: null, photos: [] },
    ])
  })

  it('stores a visit sent twice once, and refuses the same id with a different body', async () => {
    const body = inspection([{ itemId: 'tickets_issued', result: 'fail' }])
    const first = await visit(body)
    expect(first.status).toBe(201)
    const firstBody = await first.json()
    const again = await visit(body)
    expect(again.status).toBe(200)
    expect(await again.json()).toEqual(firstBody)
    expect((await get<CaseList>('/api/admin/feedback?channel=inspection')).body.total).toBe(1)
    const changed = await visit({ ...body, results: [{ itemId: 'tickets_issued', result: 'pass' }] })
    expect(changed.status).toBe(409)
    expect((await get<{ total: number }>('/api/admin/visits')).body.total).toBe(1)
  })

  it('keeps a supervisor to their own stores: no visit, no list elsewhere', async () => {
    expect((await visit(inspection([{ itemId: 'camera_works', result: 'pass' }], { storeCode: WEST_STORE }))).status).toBe(403)
    expect((await get(`/api/admin/visits?storeCode=${WEST_STORE}`)).status).toBe(403)
    expect((await get('/api/admin/visits?district=西城区')).status).toBe(403)
    const staff = await staffSession(t, 'centre', 'staff')
    expect((await visit({ id: randomUUID(), storeCode: WEST_STORE, type: 'support', startedAt: '2026-11-30T01:00:00.000Z', note: '协助整理公示栏' }, staff)).status).toBe(201)
    expect((await visit({ id: randomUUID(), storeCode: EAST_STORE, type: 'support', startedAt: '2026-11-30T01:00:00.000Z' })).status).toBe(201)
    expect((await get<{ items: { storeCode: string }[] }>('/api/admin/visits')).body.items.map((v) => v.storeCode)).toEqual([EAST_STORE])
    expect((await get<{ total: number }>('/api/admin/visits', staff)).body.total).toBe(2)
    const viewer = await staffSession(t, 'look', 'viewer')
    expect((await get('/api/admin/visits', viewer)).status).toBe(403)
  })

  it('records a training with its topic, attendees and acknowledgement', async () => {
    const body = {
      id: randomUUID(),
      storeCode: EAST_STORE,
      type: 'training',
      startedAt: '2026-11-30T01:00:00.000Z',
      training: { topic: '警示案例汇编', attendees: 3, acknowledgedBy: '李站长' },
    }
    expect((await visit(body)).status).toBe(201)
    const list = await get<{ items: unknown[] }>('/api/admin/visits?type=training')
    expect(list.body.items).toEqual([expect.objectContaining({ id: body.id, by: 'sup-east', training: { topic: '警示案例汇编', attendees: 3, acknowledgedBy: '李站长' } })])
  })

  it('resolves the case when a re-check finds it rectified, and keeps it open with the finding when not', async () => {
    const [keep, fix] = ((await (await visit(inspection([
      { itemId: 'no_credit', result: 'fail' },
      { itemId: 'hygiene_safety', result: 'fail' },
    ]))).json()) as VisitCreated).casesCreated as [string, string]
    const recheck = (caseId: string, rectified: boolean, note?: string) =>
      visit({ id: randomUUID(), storeCode: EAST_STORE, type: 'recheck', startedAt: '2026-11-30T01:55:00.000Z', recheck: { caseId, rectified, note } })

    expect((await recheck(keep, false, '赊账本仍在使用')).status).toBe(201)
    const kept = (await get<CaseDetail>(`/api/admin/feedback/${keep}`)).body
    expect(kept.case.status).toBe('new')
    expect(kept.events.at(-1)).toMatchObject({ type: 'recheck', actor: 'sup-east', data: { rectified: false, note: '赊账本仍在使用' } })

    expect((await recheck(fix, true)).status).toBe(201)
    const fixed = (await get<CaseDetail>(`/api/admin/feedback/${fix}`)).body
    expect(fixed.case.status).toBe('resolved')
    expect(fixed.events.map((e) => e.type)).toEqual(['created', 'recheck', 'status', 'status'])
    expect(fixed.events.at(-1)).toMatchObject({ data: { from: 'in_progress', to: 'resolved' } })
    expect((await get<CaseList>('/api/admin/feedback?channel=inspection&status=new')).body.items.map((c) => c.id)).toEqual([keep])

    // A re-check names a case of the store visited.
    const west = (await (await postJson(t.app, '/api/feedback', feedbackBody({ storeCode: WEST_STORE }))).json()).id
    expect((await recheck(west, true)).status).toBe(400)
  })

  it('never lets the public form file a case as an inspection', async () => {
    const res = await postJson(t.app, '/api/feedback', feedbackBody({ channel: 'inspection' }))
    expect(res.status).toBe(400)
    expect((await res.json()).error.fields).toEqual({ channel: 'invalid' })
  })

  it('answers 400 with field errors for a malformed visit', async () => {
    const res = await visit({ id: 'nope', storeCode: EAST_STORE, type: 'inspection', startedAt: 'x', checklistId: 'store_conduct', checklistVersion: 1, results: [] })
    expect(res.status).toBe(400)
    expect((await res.json()).error.fields).toMatchObject({ id: 'invalid', startedAt: 'invalid', results: 'required' })
    expect((await visit({ id: randomUUID(), storeCode: EAST_STORE, type: 'party', startedAt: '2026-11-30T01:00:00.000Z' })).status).toBe(400)
    expect((await sendJson(t.app, 'PATCH', '/api/admin/visits', {}, sup.headers)).status).toBe(404)
  })
})
