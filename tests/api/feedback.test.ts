import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { newReceipt, receiptFromId } from '../../shared/receipt.ts'
import { DEMO_STORE, feedbackBody, makeTestApp, postJson, type TestApp } from '../helpers/test-app.ts'

const count = async (t: TestApp) => (await t.db.get<{ n: number }>('SELECT COUNT(*) AS n FROM feedback'))!.n

describe('POST /api/feedback', () => {
  let t: TestApp
  beforeEach(async () => (t = await makeTestApp()))
  afterEach(() => t.close())

  it('stores a complaint and answers 201 with its receipt and deadline', async () => {
    const body = feedbackBody()
    const res = await postJson(t.app, '/api/feedback', body)
    expect(res.status).toBe(201)
    // Mon 30 Nov 2026 + 5 working days = Mon 7 Dec, end of day China time.
    const answer = await res.json()
    expect(answer).toEqual({
      id: body.id,
      receipt: expect.stringMatching(/^[0-9A-HJKMNP-TV-Z]{13}$/),
      status: 'new',
      dueAt: '2026-12-07T15:59:59.999Z',
      slaDays: 5,
    })
    const row = await t.db.get<Record<string, unknown>>('SELECT * FROM feedback WHERE id = ?', [body.id])
    expect(row).toMatchObject({ receipt: answer.receipt, store_code: DEMO_STORE, kind: 'complaint', channel: 'qr', contact_phone: '13812345678', status: 'new' })
  })

  it('draws the receipt apart from the id, which staff, links and alerts show', async () => {
    const bodies = Array.from({ length: 5 }, () => feedbackBody())
    const answers = await Promise.all(bodies.map(async (b) => (await postJson(t.app, '/api/feedback', b)).json()))
    for (const [i, b] of bodies.entries()) expect(answers[i].receipt).not.toBe(receiptFromId(b.id))
    expect(new Set(answers.map((a) => a.receipt)).size).toBe(5)
  })

  it('keeps the receipt a phone drew and sent with the submission, and answers its retry with it', async () => {
    const receipt = newReceipt()
    const body = { ...feedbackBody(), receipt }
    const first = await postJson(t.app, '/api/feedback', body)
    expect(first.status).toBe(201)
    expect((await first.json()).receipt).toBe(receipt)
    const again = await postJson(t.app, '/api/feedback', body)
    expect(again.status).toBe(200)
    expect((await again.json()).receipt).toBe(receipt)
    expect((await t.app.request(`/api/track/${receipt}`)).status).toBe(200)
  })

  it('answers a retry sent without the receipt with the one stored first', async () => {
    const receipt = newReceipt()
    const body = feedbackBody()
    await postJson(t.app, '/api/feedback', { ...body, receipt })
    const again = await postJson(t.app, '/api/feedback', body)
    expect(again.status).toBe(200)
    expect((await again.json()).receipt).toBe(receipt)
  })

  it('refuses a receipt that is not one, and stores nothing', async () => {
    for (const receipt of ['ABC', 'abcdefghjkmnp', 'ABCD-EFGH-JKMNP', 'UUUUUUUUUUUUU', 42]) {
      const res = await postJson(t.app, '/api/feedback', { ...feedbackBody(), receipt })
      expect(res.status).toBe(400)
      expect((await res.json()).error.fields).toEqual({ receipt: 'invalid' })
    }
    expect(await count(t)).toBe(0)
  })

  it('stores a retried submission once and answers it with the same receipt', async () => {
    const body = feedbackBody()
    const first = await postJson(t.app, '/api/feedback', body)
    const second = await postJson(t.app, '/api/feedback', body)
    expect(first.status).toBe(201)
    expect(second.status).toBe(200)
    expect(await second.json()).toEqual(await first.json())
    expect(await count(t)).toBe(1)
  })

  it('stores concurrent duplicates once', async () => {
    const body = feedbackBody()
    const answers = await Promise.all(Array.from({ length: 8 }, () => postJson(t.app, '/api/feedback', body)))
    expect(answers.map((r) => r.status).sort()).toEqual([200, 200, 200, 200, 200, 200, 200, 201])
    // Each was drawn a receipt of its own on the way in; all are answered with the one stored.
    expect(new Set(await Promise.all(answers.map(async (r) => (await r.json()).receipt))).size).toBe(1)
    expect(await count(t)).toBe(1)
  })

  it('refuses a reused id with different content', async () => {
    const body = feedbackBody()
    await postJson(t.app, '/api/feedback', body)
    const res = await postJson(t.app, '/api/feedback', { ...body, message: '完全不同的另一件事情。' })
    expect(res.status).toBe(409)
    expect((await res.json()).error.code).toBe('id_reused')
    expect(await count(t)).toBe(1)
  })

  it('stores nothing that identifies an anonymous reporter', async () => {
    const body = feedbackBody({ kind: 'report', category: 'sale_to_minors', anonymous: true, contact: undefined })
    expect((await postJson(t.app, '/api/feedback', body)).status).toBe(201)
    const row = await t.db.get<Record<string, unknown>>('SELECT contact_name, contact_phone, anonymous FROM feedback WHERE id = ?', [body.id])
    expect(row).toEqual({ contact_name: null, contact_phone: null, anonymous: 1 })
  })

  it('accepts a report with no store and counts it under "store not given"', async () => {
    const body = feedbackBody({ storeCode: null, channel: 'web' })
    expect((await postJson(t.app, '/api/feedback', body)).status).toBe(201)
    const counts = await t.db.get<{ n: number }>("SELECT total AS n FROM store_summary WHERE store_code = ''")
    expect(counts).toEqual({ n: 1 })
  })

  const rejected: [string, unknown, number, string, Record<string, string>?][] = [
    ['malformed JSON', '{"id": ', 400, 'invalid_json'],
    ['a JSON array', '[]', 400, 'validation_failed'],
    ['an unknown store', feedbackBody({ storeCode: '99999999' }), 404, 'store_not_found', { storeCode: 'unknown' }],
    ['a wrong kind', feedbackBody({ kind: 'threat' }), 400, 'validation_failed', { kind: 'invalid' }],
    ['an unknown category', feedbackBody({ category: 'nope' }), 400, 'validation_failed', { category: 'unknown' }],
    ['a category of another kind', feedbackBody({ kind: 'praise' }), 400, 'validation_failed', { category: 'kind_mismatch' }],
    ['an unknown field', feedbackBody({ ip: '1.2.3.4' }), 400, 'validation_failed', { ip: 'not_allowed' }],
    ['a time in the future', feedbackBody({ createdAt: '2027-01-01T00:00:00.000Z' }), 400, 'validation_failed', { createdAt: 'in_future' }],
    ['a message over the limit', feedbackBody({ message: 'x'.repeat(70_000) }), 413, 'payload_too_large'],
  ]
  for (const [what, body, status, code, fields] of rejected) {
    it(`answers ${status} ${code} to ${what} and stores nothing`, async () => {
      const res = await postJson(t.app, '/api/feedback', body)
      expect(res.status).toBe(status)
      const json = await res.json()
      expect(json.error).toMatchObject({ code, message: expect.any(String) })
      if (fields) expect(json.error.fields).toEqual(fields)
      expect(await count(t)).toBe(0)
    })
  }

  it('answers 415 to a body that is not JSON', async () => {
    const res = await t.app.request('/api/feedback', { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'hi' })
    expect(res.status).toBe(415)
    expect((await res.json()).error.code).toBe('unsupported_media_type')
  })
})

describe('public store data', () => {
  let t: TestApp
  beforeEach(async () => (t = await makeTestApp()))
  afterEach(() => t.close())

  it('serves a store page with its supervisor, the hotline and the notices', async () => {
    const res = await t.app.request(`/api/stores/${DEMO_STORE}`)
    expect(res.status).toBe(200)
    const store = await res.json()
    expect(store).toMatchObject({ code: DEMO_STORE, district: '东城区', supervisor: { name: expect.any(String) }, hotline: expect.any(String) })
    expect(store.notices.map((n: { title: string }) => n.title)).toEqual(['销售人员合规要求', '理性购彩　量力而行', '投诉举报渠道'])
  })

  it('answers 404 in the error shape for an unknown store', async () => {
    const res = await t.app.request('/api/stores/00000000')
    expect(res.status).toBe(404)
    expect((await res.json()).error.code).toBe('store_not_found')
  })

  it('lists the demo city: at least 60 stores in ten districts, searchable', async () => {
    const all = await (await t.app.request('/api/stores')).json()
    expect(all.total).toBeGreaterThanOrEqual(60)
    expect(all.districts).toHaveLength(10)
    const found = await (await t.app.request(`/api/stores?q=${DEMO_STORE}`)).json()
    expect(found.items.map((s: { code: string }) => s.code)).toEqual([DEMO_STORE])
  })

  it('lists the category taxonomy with SLAs', async () => {
    const cats = await (await t.app.request('/api/categories')).json()
    expect(cats).toContainEqual({ id: 'sale_to_minors', kind: 'report', label: { zh: '向未成年人销售彩票', en: 'Selling to minors' }, slaDays: 15 })
    expect(new Set(cats.map((c: { kind: string }) => c.kind))).toEqual(new Set(['complaint', 'report', 'suggestion', 'praise']))
  })

  it('answers /healthz', async () => {
    expect(await (await t.app.request('/healthz')).json()).toEqual({ ok: true })
  })
})
