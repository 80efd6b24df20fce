// /report and /track rendered on the server (issue 12): a buyer finds any
// store, sends a report and follows the case with plain HTML forms, and the
// notices read in English where the centre wrote English.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { newFeedbackId } from '../../shared/receipt.ts'
import { DEMO_STORE, feedbackBody, fromAddress, loginHeaders, makeTestApp, postJson, submitCase, type TestApp } from '../helpers/test-app.ts'

// `npm test` builds the front end (dist/) before the suites run.
const FORM = { 'content-type': 'application/x-www-form-urlencoded' }
const LAST_STORE = { code: '44100007', address: '白云区光明路149号' }

describe('the server-rendered report and tracking pages', () => {
  let t: TestApp
  beforeAll(async () => (t = await makeTestApp()))
  afterAll(() => t.close())

  const page = async (path: string, init?: RequestInit) => {
    const res = await t.app.request(path, init)
    return { status: res.status, html: await res.text(), res }
  }
  const postForm = (path: string, fields: Record<string, string>, from = '198.51.100.7') =>
    t.app.request(path, { method: 'POST', headers: FORM, body: new URLSearchParams(fields).toString(), redirect: 'manual' }, fromAddress(from))

  it('finds any store by its address with a plain GET search, beyond the first page of the directory', async () => {
    const { status, html } = await page(`/report?q=${encodeURIComponent('光明路149')}`)
    expect(status).toBe(200)
    expect(html).toContain(LAST_STORE.address)
    expect(html).toContain(`href="/report?store=${LAST_STORE.code}#form"`)
    expect(html).toMatch(/<form[^>]*method="get"[^>]*action="\/report"/)
    expect(html).toMatch(/<label for="store-district">区<\/label>/)
    // Without a search the directory is paged, with a link to the next page.
    const second = (await (await t.app.request('/api/stores?page=2')).json()).items[0] as { address: string }
    const all = await page('/report')
    expect(all.html).toContain('page=2')
    expect(all.html).not.toContain(second.address)
    expect((await page('/report?page=2')).html).toContain(second.address)
  })

  it('takes the form for a picked store, and for no store, and answers the receipt page', async () => {
    const picked = await page(`/report?store=${LAST_STORE.code}`)
    expect(picked.html).toMatch(/<form class="feedback" id="form" method="post"/)
    const id = newFeedbackId()
    const fields = { id, kind: 'complaint', category: 'service_attitude', message: '店员态度恶劣，拒绝兑奖。', contact_name: '', contact_phone: '' }
    const sent = await postForm(`/report?store=${LAST_STORE.code}`, fields)
    expect(sent.status).toBe(201)
    const receipt = /data-receipt="(\w+)"/.exec(await sent.text())?.[1]
    const view = await (await t.app.request(`/api/track/${receipt}`)).json()
    expect(view.store).toEqual({ code: LAST_STORE.code, name: expect.any(String) })
    // Resent a moment later (a double tap, a reload): stored once, the same receipt.
    t.clock.advance(1_500)
    const again = await postForm(`/report?store=${LAST_STORE.code}`, fields)
    expect(again.status).toBe(200)
    expect(await again.text()).toContain(`data-receipt="${receipt}"`)

    const noStore = { ...fields, id: newFeedbackId() }
    const none = await postForm('/report?store=none', noStore, '198.51.100.8')
    expect(none.status).toBe(201)
    const noneReceipt = /data-receipt="(\w+)"/.exec(await none.text())?.[1]
    t.clock.advance(1_500)
    const noneAgain = await postForm('/report?store=none', noStore, '198.51.100.8')
    expect(noneAgain.status).toBe(200)
    expect(await noneAgain.text()).toContain(`data-receipt="${noneReceipt}"`)
    expect((await (await t.app.request(`/api/track/${noneReceipt}`)).json()).store).toBeNull()
    // Back from tracking: the receipt page again.
    expect((await page(`/report?receipt=${noneReceipt}`)).html).toContain(`data-receipt="${noneReceipt}"`)
  })

  it('sends a form that needs fixing back with what to fix', async () => {
    const res = await postForm(`/report?store=none`, { id: newFeedbackId(), kind: 'complaint', category: '', message: '差' }, '198.51.100.9')
    expect(res.status).toBe(400)
    const html = await res.text()
    expect(html).toContain('请选择问题类别')
    expect(html).toContain('>差</textarea>')
  })

  it('shows a case’s status, dates and public replies, nothing about the reporter, and takes a follow-up by a plain form', async () => {
    const { id, receipt } = await submitCase(t, { contact: { name: '李四', phone: '13900001111' } })
    await postJson(t.app, `/api/admin/feedback/${id}/replies`, { text: '已联系站点整改', public: true }, await loginHeaders(t.app))
    const shown = await page(`/track/${receipt}`)
    expect(shown.status).toBe(200)
    expect(shown.html).toContain('已联系站点整改')
    expect(shown.html).toContain('data-status="new"')
    expect(shown.html).toContain('受理时间')
    expect(shown.html).not.toContain('李四')
    expect(shown.html).not.toContain('13900001111')
    expect(shown.html).not.toContain(feedbackBody().message as string)
    expect(shown.html).toMatch(new RegExp(`<form method="post" action="/track/${receipt}/messages"`))

    const sent = await postForm(`/track/${receipt}/messages`, { text: '补充：当天下午三点左右。' })
    expect(sent.status).toBe(303)
    expect(sent.headers.get('location')).toBe(`/track/${receipt}?sent=1`)
    const after = await page(sent.headers.get('location')!)
    expect(after.html).toContain('补充：当天下午三点左右。')
    expect(after.html).toContain('已发送')

    // Sent with nothing but spaces: back to the case, nothing sent, not an error page.
    const messages = async () => (await t.db.get<{ n: number }>('SELECT COUNT(*) AS n FROM feedback_messages'))!.n
    const before = await messages()
    const empty = await postForm(`/track/${receipt}/messages`, { text: '   ' })
    expect(empty.status).toBe(303)
    expect(empty.headers.get('location')).toBe(`/track/${receipt}`)
    expect(await messages()).toBe(before)
  })

  it('answers a page asked for with a query it cannot read with the page without it', async () => {
    for (const [path, page] of [
      ['/report?page=-1', '/report'],
      ['/report?page=abc', '/report'],
      [`/report?q=${'站'.repeat(500)}`, '/report'],
    ]) {
      const res = await t.app.request(path, { redirect: 'manual' })
      expect(res.status, path).toBe(303)
      expect(res.headers.get('location'), path).toBe(page)
    }
    // A station code that cannot be one is still no store at all.
    expect((await t.app.request('/s/no!such')).status).toBe(404)
  })

  it('answers an unknown or impossible receipt with a 404 page that has the lookup form', async () => {
    for (const path of ['/track/0000000000000', '/track/not-a-receipt', '/track?receipt=zz']) {
      const { status, html } = await page(path)
      expect(status, path).toBe(404)
      expect(html, path).toContain('没有找到该编号')
      expect(html, path).toMatch(/<form method="get" action="\/track"/)
    }
    expect((await postForm('/track/0000000000000/messages', { text: '还在吗' })).status).toBe(404)
  })

  it('goes from the lookup form to the case page, and shows a held submission as under review', async () => {
    const held = await postJson(t.app, '/api/feedback', feedbackBody({ fillMs: 900 }), {}, '198.51.100.20')
    const { receipt } = (await held.json()) as { receipt: string }
    const looked = await t.app.request(`/track?receipt=${receipt.toLowerCase()}`, { redirect: 'manual' })
    expect(looked.status).toBe(303)
    expect(looked.headers.get('location')).toBe(`/track/${receipt}`)
    const { status, html } = await page(`/track/${receipt}`)
    expect(status).toBe(200)
    expect(html).toContain('data-status="under_review"')
    // Not a case yet: nothing to follow up on.
    expect(html).not.toContain('/messages"')
  })

  it('renders /track with its lookup form; the kept receipts are the script’s to fill', async () => {
    const { status, html } = await page('/track')
    expect(status).toBe(200)
    expect(html).toMatch(/<form method="get" action="\/track"/)
    expect(html).toContain('<script type="application/json" id="sv-data">')
  })
})

describe('the language switch without scripts', () => {
  let t: TestApp
  beforeAll(async () => (t = await makeTestApp()))
  afterAll(() => t.close())

  // The switch as rendered: a link to the page itself in the other language.
  const switchOf = (html: string) => {
    const a = /<a [^>]*class="[^"]*\blang\b[^"]*"[^>]*>([^<]*)<\/a>/.exec(html)
    return a && { href: /href="([^"]*)"/.exec(a[0])?.[1]?.replace(/&amp;/g, '&'), label: a[1] }
  }

  it('is a link to the same page in the other language, keeping what the page was opened with', async () => {
    const html = async (path: string, cookie = '') => (await t.app.request(path, { headers: { cookie } })).text()
    expect(switchOf(await html(`/s/${DEMO_STORE}`))).toEqual({ href: `/s/${DEMO_STORE}?lang=en`, label: 'English' })
    expect(switchOf(await html(`/s/${DEMO_STORE}?kind=report`))).toEqual({ href: `/s/${DEMO_STORE}?kind=report&lang=en`, label: 'English' })
    expect(switchOf(await html(`/s/${DEMO_STORE}?lang=en`))).toEqual({ href: `/s/${DEMO_STORE}?lang=zh-CN`, label: '中文' })
    expect(switchOf(await html('/report?store=none', 'sv_locale=en'))).toEqual({ href: '/report?store=none&lang=zh-CN', label: '中文' })
    expect(switchOf(await html('/track'))).toEqual({ href: '/track?lang=en', label: 'English' })

    // Followed, it renders the page in that language.
    const english = await html(`/s/${DEMO_STORE}?kind=report&lang=en`)
    expect(english).toContain('<html lang="en">')
    expect(english).toMatch(/<input type="radio" name="kind" value="report" checked/)
  })

  it('on the receipt a plain form was answered with, leads to that receipt in the other language', async () => {
    const fields = { id: newFeedbackId(), kind: 'complaint', category: 'service_attitude', message: '店员态度恶劣，骂人。' }
    const sent = await t.app.request(
      `/s/${DEMO_STORE}`,
      { method: 'POST', headers: FORM, body: new URLSearchParams(fields).toString() },
      fromAddress('198.51.100.30'),
    )
    const page = await sent.text()
    const receipt = /data-receipt="(\w+)"/.exec(page)![1]!
    const link = switchOf(page)!
    expect(link).toEqual({ href: `/s/${DEMO_STORE}?receipt=${receipt}&lang=en`, label: 'English' })
    const english = await (await t.app.request(link.href!)).text()
    expect(english).toContain('<html lang="en">')
    expect(english).toContain(`data-receipt="${receipt}"`)
  })
})

describe('notices in English', () => {
  let t: TestApp
  beforeAll(async () => (t = await makeTestApp()))
  afterAll(() => t.close())

  it('shows each notice’s English text in English mode, and says where a notice has none', async () => {
    const published = await postJson(
      t.app,
      '/api/admin/notices',
      { title: '春节营业时间', body: '春节期间照常营业。', scope: 'all', effectiveDate: '2026-11-01' },
      await loginHeaders(t.app),
    )
    expect(published.status).toBe(201)
    const english = await t.app.request(`/s/${DEMO_STORE}?lang=en`)
    const whole = await english.text()
    expect(whole).toContain('<html lang="en">')
    // What the page shows (the inlined data the script hydrates from keeps both languages).
    const html = whole.split('<script type="application/json"')[0]!
    expect(html).toContain('What sales staff must do')
    expect(html).not.toContain('销售人员合规要求')
    expect(html).toContain('春节营业时间')
    expect(html).toContain('No English text yet; shown in Chinese.')
    // Remembered: the next page without ?lang= is in English too.
    expect(english.headers.get('set-cookie')).toMatch(/sv_locale=en/)
    const next = await (await t.app.request(`/s/${DEMO_STORE}`, { headers: { cookie: 'sv_locale=en' } })).text()
    expect(next).toContain('What sales staff must do')
    // Chinese by default, with no English note.
    const zh = await (await t.app.request(`/s/${DEMO_STORE}`)).text()
    expect(zh).toContain('销售人员合规要求')
    expect(zh).not.toContain('暂无英文版本')
  })
})
