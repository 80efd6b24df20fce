// A buyer on a phone, in a real browser against the real server process:
// every kind of feedback from the store page, the receipt followed on /track
// into a two-way conversation, the centre-wide entry, a browser without
// service workers, the language switch, and no serious accessibility faults.
import { join } from 'node:path'
import type { Browser, BrowserContextOptions, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openDatabase, type Database } from '../../server/db/database.ts'
import { DB_FILE } from '../../server/open-data.ts'
import type { FeedbackKind } from '../../shared/enums.ts'
import { seriousViolations } from '../helpers/axe.ts'
import { launchBrowser } from '../helpers/browser.ts'
import { openLink, setOffline, type Link } from '../helpers/link.ts'
import { storedOnDevice } from '../helpers/local-data.ts'
import { startServer, type RunningServer } from '../helpers/server.ts'

const STORE = '44010001'
const PHONE: BrowserContextOptions = { viewport: { width: 360, height: 740 }, locale: 'zh-CN', isMobile: true, hasTouch: true }

const KINDS: [FeedbackKind, string, string][] = [
  ['complaint', '投诉', 'payout_refused'],
  ['report', '举报', 'sale_to_minors'],
  ['suggestion', '建议', 'suggestion_service'],
  ['praise', '表扬', 'praise_service'],
]

// A shared two-core machine can be slow: generous limits, never timed assertions.
// A script fills a form in well under a person's minimum fill time; that
// rule has its own tests (tests/hardening/bot-signals.test.ts).
describe('the buyer pages', { timeout: 120_000 }, () => {
  let server: RunningServer
  let browser: Browser
  let db: Database
  let link: Link

  beforeAll(async () => {
    ;[server, browser] = await Promise.all([startServer({ ADMIN_PASSWORD: 'buyer-e2e-password' , MIN_FILL_MS: '0' }), launchBrowser()])
    db = await openDatabase(join(server.dataDir, DB_FILE))
    link = await openLink(server.url)
  })
  afterAll(async () => {
    await link?.close()
    await browser?.close()
    await db?.close()
    expect(await server?.stop()).toBe(0)
  })

  async function send(page: Page, label: string, category: string, message: string): Promise<string> {
    await page.getByLabel(label, { exact: true }).check()
    await page.getByLabel('问题类别').selectOption(category)
    await page.getByLabel('具体情况').fill(message)
    await expect.poll(() => page.locator('.count').textContent(), { timeout: 10_000 }).toBe(`${message.length}/2000`)
    await page.getByRole('button', { name: '提交' }).click()
    const receipt = (await page.locator('.receipt-code').getAttribute('data-receipt'))!
    expect(receipt).toMatch(/^[0-9A-Z]{13}$/)
    return receipt
  }

  it('sends each kind from the store page and leaves with a receipt and its deadline', async () => {
    const ctx = await browser.newContext(PHONE)
    const page = await ctx.newPage()
    // The page arrives rendered with its data: the script asks for nothing
    // again (counting the poster scan is tests/api/store-page.test.ts's).
    const apiCalls: string[] = []
    page.on('request', (r) => r.url().includes('/api/') && apiCalls.push(r.url()))
    await page.goto(`${server.url}/s/${STORE}?v=3`)
    await page.locator('html[data-ready]').waitFor({ state: 'attached' })
    expect(apiCalls).toEqual([])
    await page.locator('a[href^="tel:"]').first().waitFor()
    await page.getByText('理性购彩').first().waitFor()
    const bodies: Record<string, unknown>[] = []
    page.on('request', (r) => r.url().endsWith('/api/feedback') && bodies.push(r.postDataJSON() as Record<string, unknown>))

    for (const [kind, label, category] of KINDS) {
      if (kind === 'report') {
        await page.getByLabel(label, { exact: true }).check()
        await page.getByLabel('匿名提交').check()
        expect(await page.getByLabel('手机号（选填，便于回访）').count()).toBe(0)
        await page.getByText('匿名时不记录您的姓名和电话').waitFor()
      } else {
        await page.getByLabel('手机号（选填，便于回访）').fill('13812345678')
      }
      const receipt = await send(page, label, category, `${label}：站点在周五晚上的情况需要核实。`)
      await page.getByText(/个工作日\s*内处理并答复/).waitFor()
      const row = await db.get<{ kind: string; channel: string; storeCode: string; phone: string | null; anonymous: number }>(
        'SELECT kind, channel, store_code AS storeCode, contact_phone AS phone, anonymous FROM feedback WHERE receipt = ?',
        [receipt],
      )
      expect(row).toEqual({
        kind,
        channel: 'qr',
        storeCode: STORE,
        phone: kind === 'report' ? null : '13812345678',
        anonymous: kind === 'report' ? 1 : 0,
      })
      await page.getByRole('button', { name: '再提一条' }).click()
    }
    // The anti-abuse signals: how long the form was open, and an empty honeypot left out.
    expect(bodies).toHaveLength(4)
    for (const body of bodies) {
      expect(body.fillMs).toBeGreaterThan(0)
      expect(body).not.toHaveProperty('hp')
    }
    // Delivered means forgotten: nothing personal stays on the phone.
    expect(await storedOnDevice(page)).not.toContain('13812345678')
    await ctx.close()
  })

  it('follows a receipt on /track, adds information and sees the centre’s reply', async () => {
    const ctx = await browser.newContext(PHONE)
    const page = await ctx.newPage()
    await page.goto(`${server.url}/s/${STORE}`)
    const receipt = await send(page, '举报', 'sale_on_credit', '站点允许熟客赊账购彩，多次看到。')
    await page.getByRole('link', { name: '查询进度' }).click()
    await page.waitForURL(`**/track/${receipt}`)
    await page.locator('[data-status="new"]').waitFor()
    await page.getByText('暂无答复。').waitFor()

    await page.getByLabel('补充情况').fill('补充：每周六下午最常见。')
    await page.getByRole('button', { name: '发送' }).click()
    await page.locator('.messages li.reporter').getByText('补充：每周六下午最常见。').waitFor()

    const id = (await db.get<{ id: string }>('SELECT id FROM feedback WHERE receipt = ?', [receipt]))!.id
    await db.run(
      `INSERT INTO feedback_messages (feedback_id, author, text, public, created_at) VALUES (?, 'staff', '已安排专管员核查，请问具体是哪位店员？', 1, ?)`,
      [id, new Date().toISOString()],
    )
    await page.reload()
    await page.locator('.messages li.staff').getByText('已安排专管员核查').waitFor()
    await ctx.close()
  })

  it('takes centre-wide feedback on /report with the store picked from the list, or not given', async () => {
    const ctx = await browser.newContext(PHONE)
    const page = await ctx.newPage()
    await page.goto(`${server.url}/report`)
    await page.getByLabel('搜索站点名称、编号或地址').fill('44010002')
    await page.locator('.stores .store-choice').filter({ hasText: '44010002' }).click()
    const picked = await send(page, '投诉', 'service_attitude', '网上看到该站点服务很差，特此反映。')
    await page.goto(`${server.url}/report`)
    await page.getByRole('link', { name: '不清楚是哪个站点' }).click()
    const unknown = await send(page, '建议', 'suggestion_other', '希望各站点都张贴监督电话。')
    const rows = await db.all<{ receipt: string; storeCode: string | null; channel: string }>(
      'SELECT receipt, store_code AS storeCode, channel FROM feedback WHERE receipt IN (?, ?)',
      [picked, unknown],
    )
    expect(rows.sort((a, b) => (a.receipt === picked ? -1 : b.receipt === picked ? 1 : 0))).toEqual([
      { receipt: picked, storeCode: '44010002', channel: 'web' },
      { receipt: unknown, storeCode: null, channel: 'web' },
    ])
    await ctx.close()
  })

  it('reopens without network and sends a submission kept on the phone once the network returns', async () => {
    const ctx = await browser.newContext(PHONE)
    const page = await ctx.newPage()
    // Through the link: with it cut, nothing can reach the server (see tests/helpers/link.ts).
    await page.goto(`${link.url}/s/${STORE}`)
    await page.getByLabel('问题类别').waitFor()
    // The first visit installs the service worker; from the second on, the
    // worker keeps a copy of the store's page, rendered with its data.
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null)
    await page.reload()
    await page.getByLabel('问题类别').waitFor()
    await page.waitForFunction(async (code) => (await caches.match(`/s/${code}`)) !== undefined, STORE)
    await setOffline(ctx, link, true)
    await page.getByText('当前没有网络连接').waitFor()
    const message = '站点门口堆放杂物，存在安全隐患。'
    const receipt = await send(page, '投诉', 'store_environment', message)
    await page.locator('[data-queued="true"]').waitFor()
    const stored = () => db.get('SELECT receipt FROM feedback WHERE receipt = ?', [receipt])
    expect(await stored()).toBeUndefined()
    // The page, rendered with the store's data, comes back from the service worker's cache
    // (with the link cut, nothing else can answer).
    await page.reload()
    await page.getByText('销售人员合规要求').waitFor()
    await page.getByLabel('问题类别').waitFor()
    expect(await stored()).toBeUndefined()
    await setOffline(ctx, link, false)
    await expect.poll(stored, { timeout: 30_000 }).toEqual({ receipt })
    // Stored once, though the page before the reload and the reopened one both tried to send it.
    expect(await db.get('SELECT COUNT(*) AS n FROM feedback WHERE message = ?', [message])).toEqual({ n: 1 })
    await ctx.close()
  })

  it('works online where service workers and IndexedDB are unavailable, as in some in-app browsers', async () => {
    const ctx = await browser.newContext({ ...PHONE, serviceWorkers: 'block' })
    await ctx.addInitScript(() => Object.defineProperty(window, 'indexedDB', { value: undefined }))
    const page = await ctx.newPage()
    await page.goto(`${server.url}/s/${STORE}`)
    const receipt = await send(page, '表扬', 'praise_service', '店员耐心讲解玩法，服务很好。')
    expect(await page.evaluate(() => navigator.serviceWorker?.controller ?? null)).toBeNull()
    expect(await db.get('SELECT receipt FROM feedback WHERE receipt = ?', [receipt])).toEqual({ receipt })
    await ctx.close()
  })

  it('with scripts, lists only the picked kind’s categories and offers photos', async () => {
    const ctx = await browser.newContext(PHONE)
    const page = await ctx.newPage()
    await page.goto(`${server.url}/s/${STORE}`)
    await page.locator('html[data-ready]').waitFor({ state: 'attached' })
    await page.getByLabel('添加照片').waitFor({ state: 'attached' })
    const options = () => page.locator('select[name="category"] option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value).filter(Boolean))
    expect(await page.locator('select[name="category"] optgroup').count()).toBe(0)
    expect(await options()).toContain('payout_refused')
    expect(await options()).not.toContain('praise_service')
    await page.getByLabel('表扬', { exact: true }).check()
    await expect.poll(options).toContain('praise_service')
    expect(await options()).not.toContain('payout_refused')
    await ctx.close()
  })

  it('switches to English and remembers it on the device', async () => {
    const ctx = await browser.newContext(PHONE)
    const page = await ctx.newPage()
    await page.goto(`${server.url}/s/${STORE}`)
    await page.locator('html[data-ready]').waitFor({ state: 'attached' })
    await page.getByRole('link', { name: 'English' }).click()
    await page.getByLabel('Category').waitFor()
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en')
    // Switched in place by the script: the page was not loaded again.
    expect(page.url()).toBe(`${server.url}/s/${STORE}`)
    await page.reload()
    // Rendered in English by the server too, notices included.
    await page.getByRole('heading', { name: /Play responsibly, within your means/ }).waitFor()
    await page.locator('html[data-ready]').waitFor({ state: 'attached' })
    await page.getByRole('link', { name: '中文' }).click()
    await page.getByLabel('问题类别').waitFor()
    await ctx.close()
  })

  it('has no serious accessibility violations on any page', async () => {
    const ctx = await browser.newContext(PHONE)
    const page = await ctx.newPage()
    await page.goto(`${server.url}/s/${STORE}`)
    await page.getByLabel('问题类别').waitFor()
    expect(await seriousViolations(page)).toEqual([])
    const receipt = await send(page, '投诉', 'service_attitude', '无障碍检查用的投诉内容。')
    expect(await seriousViolations(page)).toEqual([])
    for (const [path, ready] of [
      ['/report', '搜索站点名称、编号或地址'],
      ['/track', '受理编号'],
      [`/track/${receipt}`, '补充情况'],
      ['/staff', '用户名'],
    ] as const) {
      await page.goto(`${server.url}${path}`)
      await page.getByLabel(ready).first().waitFor()
      expect(await seriousViolations(page), path).toEqual([])
    }
    await page.goto(`${server.url}/s/00000000`)
    await page.locator('a[href^="tel:"]').waitFor()
    expect(await seriousViolations(page), 'unknown store').toEqual([])
    await ctx.close()
  })
})
