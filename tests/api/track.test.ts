import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { formatReceipt } from '../../shared/receipt.ts'
import { feedbackBody, makeTestApp, postJson, type TestApp } from '../helpers/test-app.ts'

describe('tracking by receipt', () => {
  let t: TestApp
  let receipt: string
  let id: string
  beforeEach(async () => {
    t = await makeTestApp()
    const body = feedbackBody()
    id = body.id
    receipt = (await (await postJson(t.app, '/api/feedback', body)).json()).receipt
  })
  afterEach(() => t.close())

  it('shows status and dates but nothing that identifies the reporter', async () => {
    const res = await t.app.request(`/api/track/${receipt}`)
    expect(res.status).toBe(200)
    const view = await res.json()
    expect(view).toMatchObject({ receipt, status: 'new', kind: 'complaint', overdue: false, messages: [] })
    const text = JSON.stringify(view)
    for (const secret of ['13812345678', '张三', '店员态度恶劣', id]) expect(text).not.toContain(secret)
  })

  it('finds the case from the code as a person types it', async () => {
    expect((await t.app.request(`/api/track/${formatReceipt(receipt).toLowerCase()}`)).status).toBe(200)
  })

  it('shows public staff replies and the reporter follow-ups, never internal notes', async () => {
    const now = t.clock.now().toISOString()
    await t.db.run(`INSERT INTO feedback_messages (feedback_id, author, text, public, created_at) VALUES (?, 'staff', '已联系站点整改', 1, ?)`, [id, now])
    await t.db.run(`INSERT INTO feedback_messages (feedback_id, author, text, public, created_at) VALUES (?, 'staff', '内部：疑似重复', 0, ?)`, [id, now])
    const added = await postJson(t.app, `/api/track/${receipt}/messages`, { text: '补充：当天下午三点左右。' })
    expect(added.status).toBe(201)
    const view = await (await t.app.request(`/api/track/${receipt}`)).json()
    expect(view.messages.map((m: { author: string; text: string }) => [m.author, m.text])).toEqual([
      ['staff', '已联系站点整改'],
      ['reporter', '补充：当天下午三点左右。'],
    ])
  })

  it('shows a case as overdue once its deadline has passed', async () => {
    t.clock.set('2026-12-08T00:00:00.000Z')
    expect((await (await t.app.request(`/api/track/${receipt}`)).json()).overdue).toBe(true)
  })

  it('answers 404 for a code that is not a case, and 400 naming the field for one that cannot be a receipt', async () => {
    const unknown = await t.app.request('/api/track/0000000000000')
    expect(unknown.status).toBe(404)
    expect((await unknown.json()).error.code).toBe('not_found')
    for (const code of ['short', '%00']) {
      const res = await t.app.request(`/api/track/${code}`)
      expect(res.status).toBe(400)
      expect((await res.json()).error).toMatchObject({ code: 'validation_failed', fields: { receipt: 'invalid' } })
    }
  })

  it('refuses an empty follow-up', async () => {
    const res = await postJson(t.app, `/api/track/${receipt}/messages`, { text: '   ' })
    expect(res.status).toBe(400)
    expect((await res.json()).error.fields).toEqual({ text: 'required' })
  })
})
