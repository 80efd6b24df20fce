// /report and /track on a phone (360×740), with scripts and without (old
// in-app browsers, scripts failing to load): a buyer finds a store by its
// address, sends, gets a receipt, and follows the case (issue 12).
import { join } from 'node:path'
import type { Browser, BrowserContextOptions, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openDatabase, type Database } from '../../server/db/database.ts'
import { DB_FILE } from '../../server/open-data.ts'
import { seriousViolations } from '../helpers/axe.ts'
import { launchBrowser } from '../helpers/browser.ts'
import { startServer, type RunningServer } from '../helpers/server.ts'

const PHONE: BrowserContextOptions = { viewport: { width: 360, height: 740 }, locale: 'zh-CN', isMobile: true, hasTouch: true }
const NO_SCRIPT_PHONE: BrowserContextOptions = { ...PHONE, javaScriptEnabled: false }
const WECHAT_UA =
  'Mozilla/5.0 (Linux; Android 12; M2012K11AC) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/107.0.0.0 Mobile Safari/537.36 MicroMessenger/8.0.40.2420(0x28002851) WeChat/arm64 NetType/4G Language/zh_CN'
// A store of the demo city found by part of its address, in the last district.
const ADDRESS_PART = '光明路149'
const STORE = '44100007'

describe('the report and tracking pages on a phone', { timeout: 120_000 }, () => {
  let server: RunningServer
  let browser: Browser
  let db: Database

  // axe-core runs as a script, which a no-script page cannot: the page's
  // very HTML is checked in a page whose own scripts are blocked instead.
  async function violations(html: string): Promise<string[]> {
    const ctx = await browser.newContext({ ...PHONE })
    await ctx.route('**/*.js', (route) => route.abort())
    const page = await ctx.newPage()
    await page.goto(`${server.url}/healthz`)
    await page.setContent(html, { waitUntil: 'load' })
    const found = await seriousViolations(page)
    await ctx.close()
    return found
  }

  async function fillAndSend(page: Page, message: string): Promise<string> {
    await page.getByLabel('问题类别').selectOption('service_attitude')
    await page.getByLabel('具体情况').fill(message)
    await page.getByRole('button', { name: '提交' }).click()
    await page.getByRole('heading', { name: '已受理' }).waitFor()
    const receipt = (await page.locator('.receipt-code').getAttribute('data-receipt'))!
    expect(receipt).toMatch(/^[0-9A-Z]{13}$/)
    return receipt
  }

  const reply = async (receipt: string, text: string) => {
    const { id } = (await db.get<{ id: string }>('SELECT id FROM feedback WHERE receipt = ?', [receipt]))!
    await db.run(`INSERT INTO feedback_messages (feedback_id, author, text, public, created_at) VALUES (?, 'staff', ?, 1, ?)`, [id, text, new Date().toISOString()])
  }

  beforeAll(async () => {
    ;[server, browser] = await Promise.all([startServer({ ADMIN_PASSWORD: 'report-track-e2e-password', MIN_FILL_MS: '0' }), launchBrowser()])
    db = await openDatabase(join(server.dataDir, DB_FILE))
  })
  afterAll(async () => {
    await browser?.close()
    await db?.close()
    expect(await server?.stop()).toBe(0)
  })

  it('without scripts: finds a store by its address, sends, and gets a receipt', async () => {
    const ctx = await browser.newContext(NO_SCRIPT_PHONE)
    const page = await ctx.newPage()
    await page.goto(`${server.url}/report`)
    expect(await page.getByLabel('区', { exact: true }).count()).toBe(1)
    expect(await violations(await page.content())).toEqual([])
    await page.getByLabel('搜索站点名称、编号或地址').fill(ADDRESS_PART)
    await page.getByRole('button', { name: '搜索' }).click()
    await page.waitForURL(/q=/)
    const choice = page.locator('.stores .store-choice')
    expect(await choice.count()).toBe(1)
    await choice.click()
    await page.waitForURL(new RegExp(`store=${STORE}`))
    expect(await violations(await page.content())).toEqual([])

    const receipt = await fillAndSend(page, '没有脚本也能反映：店员态度恶劣。')
    expect(await violations(await page.content())).toEqual([])
    const row = await db.get('SELECT store_code AS store, channel FROM feedback WHERE receipt = ?', [receipt])
    expect(row).toEqual({ store: STORE, channel: 'web' })
    await ctx.close()
  })

  it('without scripts: sends a report about no particular store', async () => {
    const ctx = await browser.newContext(NO_SCRIPT_PHONE)
    const page = await ctx.newPage()
    await page.goto(`${server.url}/report`)
    await page.getByRole('link', { name: '不清楚是哪个站点' }).click()
    const receipt = await fillAndSend(page, '不记得是哪家站点，店员态度恶劣。')
    expect(await db.get('SELECT store_code AS store FROM feedback WHERE receipt = ?', [receipt])).toEqual({ store: null })
    await ctx.close()
  })

  it('without scripts: follows a case, sees a public reply, and sends a follow-up', async () => {
    const ctx = await browser.newContext(NO_SCRIPT_PHONE)
    const page = await ctx.newPage()
    await page.goto(`${server.url}/report?store=none`)
    const receipt = await fillAndSend(page, '跟进用的反映：店员态度恶劣。')
    await reply(receipt, '已联系站点整改，感谢反映。')

    // From an unknown code, through the lookup form, to the case.
    const missing = await page.goto(`${server.url}/track/0000000000000`)
    expect(missing!.status()).toBe(404)
    await page.getByText('没有找到该编号').waitFor()
    expect(await violations(await page.content())).toEqual([])
    await page.getByLabel('受理编号').fill(receipt.toLowerCase())
    await page.getByRole('button', { name: '查询' }).click()
    await page.waitForURL(`**/track/${receipt}`)
    await page.locator('[data-status="new"]').waitFor()
    await page.locator('.messages li.staff').getByText('已联系站点整改').waitFor()
    expect(await violations(await page.content())).toEqual([])

    await page.getByLabel('补充情况').fill('补充：当天下午三点左右。')
    await page.getByRole('button', { name: '发送' }).click()
    await page.waitForURL(`**/track/${receipt}?sent=1`)
    await page.locator('.messages li.reporter').getByText('补充：当天下午三点左右。').waitFor()
    await page.getByText('已发送').waitFor()
    await ctx.close()
  })

  it('with scripts in WeChat: finds a store by its address, sends, tracks, and Back returns to the receipt', async () => {
    const ctx = await browser.newContext({ ...PHONE, userAgent: WECHAT_UA })
    const page = await ctx.newPage()
    await page.goto(`${server.url}/report`)
    await page.locator('html[data-ready]').waitFor({ state: 'attached' })
    expect(await seriousViolations(page)).toEqual([])
    await page.getByLabel('搜索站点名称、编号或地址').fill(ADDRESS_PART)
    const choice = page.locator('.stores .store-choice').filter({ hasText: STORE })
    await expect.poll(() => page.locator('.stores .store-choice').count(), { timeout: 10_000 }).toBe(1)
    await choice.click()
    const receipt = await fillAndSend(page, '有脚本时的反映：店员态度恶劣。')
    // In WeChat the receipt says how to keep it in Favourites.
    await page.getByRole('heading', { name: '收藏到微信' }).waitFor()
    expect(await seriousViolations(page)).toEqual([])

    await reply(receipt, '已安排专管员核查。')
    await page.getByRole('link', { name: '查询进度' }).click()
    await page.waitForURL(`**/track/${receipt}`)
    await page.locator('[data-status="new"]').waitFor()
    await page.locator('.messages li.staff').getByText('已安排专管员核查').waitFor()
    expect(await seriousViolations(page)).toEqual([])

    await page.goBack()
    await page.getByRole('heading', { name: '已受理' }).waitFor()
    expect(await page.locator('.receipt-code').getAttribute('data-receipt')).toBe(receipt)
    await ctx.close()
  })

  it('with scripts elsewhere: the receipt hints at WeChat favourites, and /track lists the kept receipt', async () => {
    const ctx = await browser.newContext(PHONE)
    const page = await ctx.newPage()
    await page.goto(`${server.url}/report?store=none`)
    await page.locator('html[data-ready]').waitFor({ state: 'attached' })
    const receipt = await fillAndSend(page, '另一条反映：店员态度恶劣。')
    await page.getByText('在微信里打开时').waitFor()
    expect(await page.getByRole('heading', { name: '收藏到微信' }).count()).toBe(0)
    await page.goto(`${server.url}/track`)
    await page.getByRole('heading', { name: '我的反映' }).waitFor()
    await page.locator(`.kept a[href="/track/${receipt}"]`).waitFor()
    expect(await seriousViolations(page)).toEqual([])
    await ctx.close()
  })
})
