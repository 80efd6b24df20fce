// The store page rendered on the server (issue 12): everything a buyer needs
// is in the first answer, and its form works as a plain HTML form.
import { gzipSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { newFeedbackId } from '../../shared/receipt.ts'
import { DEMO_STORE, fromAddress, loginHeaders, makeTestApp, sendJson, type TestApp } from '../helpers/test-app.ts'

// `npm test` builds the front end (dist/) before the suites run.
const form = (fields: Record<string, string>) => new URLSearchParams(fields).toString()

const good = (overrides: Record<string, string> = {}) => ({
  id: newFeedbackId(),
  kind: 'complaint',
  category: 'service_attitude',
  message: '店员拒绝解释玩法规则，态度恶劣。',
  contact_name: '张三',
  contact_phone: '13812345678',
  ...overrides,
})

describe('the server-rendered store page', () => {
  let t: TestApp
  beforeAll(async () => (t = await makeTestApp()))
  afterAll(() => t.close())

  const post = (code: string, fields: Record<string, string>, from = '198.51.100.1') =>
    t.app.request(
      `/s/${code}`,
      { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: form(fields) },
      fromAddress(from),
    )
  const cases = async () => (await (await t.app.request('/api/admin/feedback', { headers: await loginHeaders(t.app) })).json()).items

  it('answers the store, its supervisor, the hotline, every notice and a plain form in the first HTML', async () => {
    const res = await t.app.request(`/s/${DEMO_STORE}`)
    expect(res.status).toBe(200)
    const html = await res.text()
    const store = await (await t.app.request(`/api/stores/${DEMO_STORE}`)).json()
    expect(html).toContain(`<h1>${store.name}</h1>`)
    expect(html).toContain(store.supervisor.name)
    expect(html).toContain(`tel:${store.hotline}`)
    expect(store.notices.length).toBeGreaterThan(0)
    for (const n of store.notices) expect(html).toContain(n.title)
    expect(html).toMatch(/<form[^>]*method="post"/)
    for (const name of ['id', 'kind', 'message', 'contact_name', 'contact_phone', 'anonymous']) expect(html).toContain(`name="${name}"`)
    expect(html).toMatch(/<select[^>]*name="category"/)
    expect(html).toMatch(/<textarea[^>]*name="message"/)
    // The data the script hydrates from, so it asks for nothing again.
    expect(html).toContain('<script type="application/json" id="sv-data">')
    expect(html).not.toContain('<noscript>')
  })

  it('puts the four actions under the store name, before the form and the notices', async () => {
    const html = await (await t.app.request(`/s/${DEMO_STORE}`)).text()
    const at = (s: string) => html.indexOf(s)
    expect(at('<h1>')).toBeLessThan(at('class="kind-actions"'))
    expect(at('class="kind-actions"')).toBeLessThan(at('<form'))
    expect(at('<form')).toBeLessThan(at('class="notices"'))
    for (const label of ['投诉', '举报', '建议', '表扬']) expect(html).toMatch(new RegExp(`<a class="button action[^"]*" href="\\?kind=\\w+#form"[^>]*>${label}</a>`))
  })

  it('opens the form for the action chosen without scripts', async () => {
    const html = await (await t.app.request(`/s/${DEMO_STORE}?kind=report`)).text()
    expect(html).toMatch(/<input type="radio" name="kind" value="report" checked/)
    expect(html).toContain('value="sale_to_minors"')
  })

  it('offers no photo picker without scripts: a plain urlencoded form cannot carry files', async () => {
    for (const path of [`/s/${DEMO_STORE}`, '/report?store=none']) {
      const html = await (await t.app.request(path)).text()
      expect(html).toMatch(/<textarea[^>]*name="message"/)
      expect(html).not.toContain('type="file"')
    }
  })

  it('offers every kind’s categories without scripts, grouped under the kinds’ names', async () => {
    const categories = (await (await t.app.request('/api/categories')).json()) as { id: string; kind: string }[]
    const grouped = async (path: string) => {
      const html = await (await t.app.request(path)).text()
      const select = /<select[^>]*name="category"[^>]*>([\s\S]*?)<\/select>/.exec(html)![1]!
      const groups = [...select.matchAll(/<optgroup label="([^"]+)">([\s\S]*?)<\/optgroup>/g)]
      return { groups: groups.map((g) => [g[1], [...g[2]!.matchAll(/value="(\w+)"/g)].map((m) => m[1])]) }
    }
    const ids = (kind: string) => categories.filter((c) => c.kind === kind).map((c) => c.id)
    const zh = await grouped(`/s/${DEMO_STORE}`)
    expect(zh.groups).toEqual([
      ['投诉', ids('complaint')],
      ['举报', ids('report')],
      ['建议', ids('suggestion')],
      ['表扬', ids('praise')],
    ])
    const en = await grouped(`/s/${DEMO_STORE}?lang=en`)
    expect(en.groups.map((g) => g[0])).toEqual(['Complaint', 'Report misconduct', 'Suggestion', 'Praise'])

    // Another kind than the one the page opened with goes through the first time,
    // and a form sent back to be fixed keeps its category picked.
    expect((await post(DEMO_STORE, good({ kind: 'report', category: 'sale_to_minors' }), '198.51.100.5')).status).toBe(201)
    const again = await (await post(DEMO_STORE, good({ kind: 'report', category: 'sale_to_minors', message: '太差' }), '198.51.100.5')).text()
    expect(again).toMatch(/<option (?=[^>]*\bselected\b)[^>]*value="sale_to_minors"/)
  })

  it('keeps a store page within 15 KB gzipped', async () => {
    const html = await (await t.app.request(`/s/${DEMO_STORE}`)).text()
    expect(gzipSync(html, { level: 9 }).length).toBeLessThanOrEqual(15 * 1024)
  })

  it('takes the posted form and answers a page with the receipt; a resent form is stored once', async () => {
    const fields = good()
    const first = await post(DEMO_STORE, fields)
    expect(first.status).toBe(201)
    const page = await first.text()
    const receipt = /data-receipt="(\w+)"/.exec(page)?.[1]
    expect(receipt).toMatch(/^[0-9A-Z]{13}$/)
    expect(page).toContain('已受理')

    // Sent again a moment later (a double tap on a weak network, or the
    // receipt page reloaded): the same receipt page, nothing stored twice.
    t.clock.advance(1_500)
    const again = await post(DEMO_STORE, fields)
    expect(again.status).toBe(200)
    expect(await again.text()).toContain(`data-receipt="${receipt}"`)
    t.clock.advance(60_000)
    expect((await post(DEMO_STORE, fields)).status).toBe(200)
    const stored = (await cases()).filter((c: { receipt: string }) => c.receipt === receipt)
    expect(stored).toHaveLength(1)
    expect(stored[0]).toMatchObject({ channel: 'qr', storeCode: DEMO_STORE })
    const track = await (await t.app.request(`/api/track/${receipt}`)).json()
    expect(track.status).toBe('new')
  })

  it('keeps nothing that identifies an anonymous reporter, even when the contact inputs were filled', async () => {
    const page = await (await post(DEMO_STORE, good({ anonymous: '1' }), '198.51.100.2')).text()
    const receipt = /data-receipt="(\w+)"/.exec(page)![1]
    const stored = (await cases()).find((c: { receipt: string }) => c.receipt === receipt)
    expect(stored).toMatchObject({ anonymous: true })
    expect(JSON.stringify(stored)).not.toContain('1381234')
  })

  it('answers a form that needs fixing with the form again, what was typed, and a message per field', async () => {
    const res = await post(DEMO_STORE, good({ category: '', message: '太差', contact_phone: '12' }), '198.51.100.3')
    expect(res.status).toBe(400)
    const html = await res.text()
    expect(html).toContain('请选择问题类别')
    expect(html).toContain('具体情况至少写 5 个字')
    expect(html).toContain('手机号应为 11 位')
    expect(html).toContain('>太差</textarea>')
    expect(html).toMatch(/<form[^>]*method="post"/)
  })

  it('refuses a category of another kind by name', async () => {
    const html = await (await post(DEMO_STORE, good({ kind: 'praise' }), '198.51.100.4')).text()
    expect(html).toContain('该类别不属于所选类型')
  })

  it('answers an unknown store with a 404 page pointing to /report, without a form', async () => {
    for (const code of ['99999999', 'not*a*code']) {
      const res = await t.app.request(`/s/${encodeURIComponent(code)}`)
      expect(res.status).toBe(404)
      const html = await res.text()
      expect(html).toContain('没有找到这个站点')
      expect(html).toContain('href="/report"')
      expect(html).not.toContain('<form')
    }
  })

  it('shows a store no longer licensed without a form, pointing to /report, and takes no form for it', async () => {
    const code = '44010002'
    await sendJson(t.app, 'PATCH', `/api/admin/stores/${code}`, { active: false }, await loginHeaders(t.app))
    const res = await t.app.request(`/s/${code}`)
    expect(res.status).toBe(410)
    const html = await res.text()
    expect(html).toContain('已不再是持证销售网点')
    expect(html).toContain('href="/report"')
    expect(html).not.toContain('<form')
    const posted = await post(code, good(), '198.51.100.5')
    expect(posted.status).toBe(410)
    expect(await posted.text()).not.toContain('data-receipt')
  })

  it('counts a poster scan from the page URL, for a version the store was issued', async () => {
    const admin = await loginHeaders(t.app)
    const posters = await (await t.app.request(`/api/admin/posters?code=${DEMO_STORE}`, { headers: admin })).text()
    const v = /data-version="([^"]+)"/.exec(posters)![1]!
    await t.app.request(`/s/${DEMO_STORE}?v=${v}`)
    await t.app.request(`/s/${DEMO_STORE}?v=abc123`)
    const scans = JSON.stringify(await (await t.app.request(`/api/admin/stores/${DEMO_STORE}/scans`, { headers: admin })).json())
    expect(scans).toContain(v)
    expect(scans).not.toContain('abc123')
  })
})

describe('the plain form under the public limits', () => {
  it('answers a flood from one address with a page saying so, and stores nothing more', async () => {
    const t = await makeTestApp({ env: { RATE_LIMIT_FEEDBACK_PER_ADDRESS: '1' } })
    try {
      const send = () =>
        t.app.request(
          `/s/${DEMO_STORE}`,
          { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: form(good()) },
          fromAddress('198.51.100.9'),
        )
      expect((await send()).status).toBe(201)
      const refused = await send()
      expect(refused.status).toBe(429)
      expect(refused.headers.get('retry-after')).toMatch(/^\d+$/)
      expect(await refused.text()).toContain('提交过于频繁')
    } finally {
      await t.close()
    }
  })
})

describe('the faces on the store page', () => {
  let t: TestApp
  beforeAll(async () => (t = await makeTestApp()))
  afterAll(() => t.close())

  const tap = (fields: Record<string, string>, from = '198.51.100.40') =>
    t.app.request(
      `/s/${DEMO_STORE}/rating`,
      { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: form(fields) },
      fromAddress(from),
    )
  const total = async () =>
    (await (await t.app.request('/api/admin/stats/ratings', { headers: await loginHeaders(t.app) })).json()).total

  it('shows four faces that post without scripts', async () => {
    const html = await (await t.app.request(`/s/${DEMO_STORE}`)).text()
    expect(html).toContain(`action="/s/${DEMO_STORE}/rating"`)
    for (const label of ['很满意', '满意', '不满意', '很不满意']) expect(html).toContain(`${label}</button>`)
  })

  it('records a tap once and comes back thanking; a low one opens the complaint form', async () => {
    const id = newFeedbackId()
    const good = await tap({ id, score: '4' })
    expect(good.status).toBe(303)
    expect(good.headers.get('location')).toBe(`/s/${DEMO_STORE}?rated=4`)
    // Tapped again a moment later (a double tap, a resent form): the same thanks, counted once.
    t.clock.advance(1_500)
    const again = await tap({ id, score: '4' })
    expect(again.status).toBe(303)
    expect(again.headers.get('location')).toBe(`/s/${DEMO_STORE}?rated=4`)
    expect(await total()).toBe(1)
    const thanks = await (await t.app.request(good.headers.get('location')!)).text()
    expect(thanks).toContain('谢谢您的评价')

    const low = await tap({ id: newFeedbackId(), score: '1' }, '198.51.100.41')
    expect(low.headers.get('location')).toBe(`/s/${DEMO_STORE}?rated=1&kind=complaint#form`)
    expect(await total()).toBe(2)
  })

  it('refuses a face that is not one', async () => {
    expect((await tap({ id: newFeedbackId(), score: '9' })).status).toBe(400)
  })
})
