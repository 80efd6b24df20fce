// The buyer's journey with scripts, on a 360 × 740 phone (issue 12): the
// form up front, honest states, receipts kept, Back from tracking, one tap to rate.
import { join } from 'node:path'
import type { Browser, BrowserContextOptions, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openDatabase, type Database } from '../../server/db/database.ts'
import { DB_FILE } from '../../server/open-data.ts'
import { seriousViolations } from '../helpers/axe.ts'
import { launchBrowser } from '../helpers/browser.ts'
import { startServer, type RunningServer } from '../helpers/server.ts'

const STORE = '44010001'
const PHONE: BrowserContextOptions = { viewport: { width: 360, height: 740 }, locale: 'zh-CN', isMobile: true, hasTouch: true }

describe("the buyer's journey", { timeout: 120_000 }, () => {
  let server: RunningServer
  let browser: Browser
  let db: Database

  beforeAll(async () => {
    ;[server, browser] = await Promise.all([startServer({ ADMIN_PASSWORD: 'journey-e2e-password', MIN_FILL_MS: '0' }), launchBrowser()])
    db = await openDatabase(join(server.dataDir, DB_FILE))
  })
  afterAll(async () => {
    await browser?.close()
    await db?.close()
    expect(await server?.stop()).toBe(0)
  })

  async function open(page: Page) {
    await page.goto(`${server.url}/s/${STORE}`)
    await page.locator('html[data-ready]').waitFor({ state: 'attached' })
  }

  async function fill(page: Page, message: string) {
    await page.getByRole('link', { name: '投诉', exact: true }).click()
    await page.getByLabel('问题类别').selectOption('service_attitude')
    await page.getByLabel('具体情况').fill(message)
    await page.getByLabel('手机号（选填，便于回访）').fill('13812345678')
  }

  it('keeps the receipt on the phone, lists it on /track, and Back from tracking shows it again', async () => {
    const ctx = await browser.newContext(PHONE)
    const page = await ctx.newPage()
    await open(page)
    await fill(page, '店员拒绝解释玩法规则，态度恶劣。')
    await page.getByRole('button', { name: '提交' }).click()
    await page.getByRole('heading', { name: '已受理' }).waitFor()
    const receipt = (await page.locator('.receipt-code').getAttribute('data-receipt'))!
    expect(await seriousViolations(page)).toEqual([])

    await page.getByRole('link', { name: '查询进度' }).click()
    await page.waitForURL(`**/track/${receipt}`)
    await page.goBack()
    await page.getByRole('heading', { name: '已受理' }).waitFor()
    expect(await page.locator('.receipt-code').getAttribute('data-receipt')).toBe(receipt)

    await page.goto(`${server.url}/track`)
    await page.getByRole('heading', { name: '我的反映' }).waitFor()
    const item = page.locator('.kept li', { hasText: receipt.slice(0, 4) })
    await expect.poll(() => item.locator('[data-status]').getAttribute('data-status')).toBe('new')
    expect(await item.textContent()).toContain('投诉')
    expect(await seriousViolations(page)).toEqual([])
    // Never the message or contact data.
    const stored = await page.evaluate(() => JSON.stringify(localStorage))
    expect(stored).toContain(receipt)
    expect(stored).not.toContain('13812345678')
    expect(stored).not.toContain('态度恶劣')
    await ctx.close()
  })

  it('says 已保存，联网后自动发送 while offline and 已受理 once the server has it', async () => {
    const ctx = await browser.newContext(PHONE)
    const page = await ctx.newPage()
    await open(page)
    await fill(page, '离线时提交的投诉，应在联网后送达。')
    await ctx.setOffline(true)
    await page.getByRole('button', { name: '提交' }).click()
    await page.getByRole('heading', { name: '已保存，联网后自动发送' }).waitFor()
    expect(await page.locator('[data-queued]').count()).toBe(1)
    const receipt = (await page.locator('.receipt-code').getAttribute('data-receipt'))!
    expect(await db.get('SELECT id FROM feedback WHERE receipt = ?', [receipt])).toBeUndefined()

    await ctx.setOffline(false)
    await page.getByRole('heading', { name: '已受理' }).waitFor({ timeout: 60_000 })
    // The network note goes once it is delivered.
    expect(await page.locator('[data-queued]').count()).toBe(0)
    expect(await db.get('SELECT kind FROM feedback WHERE receipt = ?', [receipt])).toEqual({ kind: 'complaint' })
    await ctx.close()
  })

  it('says 已保存，稍后自动发送 when the server asks to wait (429), not that the network is down', async () => {
    const ctx = await browser.newContext(PHONE)
    const page = await ctx.newPage()
    await open(page)
    await fill(page, '提交太频繁时的投诉，稍后应自动送达。')
    let refused = 0
    await page.route('**/api/feedback', (route) =>
      refused++ === 0
        ? route.fulfill({ status: 429, contentType: 'application/json', headers: { 'retry-after': '1' }, body: JSON.stringify({ error: { code: 'rate_limited', message: 'Too many submissions' } }) })
        : route.fallback(),
    )
    await page.getByRole('button', { name: '提交' }).click()
    await page.getByRole('heading', { name: '已保存，稍后自动发送' }).waitFor()
    expect(await page.locator('[data-queued]').textContent()).toContain('服务器繁忙')
    const receipt = (await page.locator('.receipt-code').getAttribute('data-receipt'))!
    await page.getByRole('heading', { name: '已受理' }).waitFor({ timeout: 60_000 })
    expect(await db.get('SELECT kind FROM feedback WHERE receipt = ?', [receipt])).toEqual({ kind: 'complaint' })
    await ctx.close()
  })

  it('takes one tap to rate, and offers the complaint form after a low rating', async () => {
    const ctx = await browser.newContext(PHONE)
    const page = await ctx.newPage()
    await open(page)
    const before = (await db.get<{ n: number }>('SELECT COUNT(*) AS n FROM ratings'))!.n
    await page.getByRole('button', { name: '很不满意' }).click()
    await page.getByText('遇到了什么问题').waitFor()
    await expect.poll(async () => (await db.get<{ n: number }>('SELECT COUNT(*) AS n FROM ratings'))!.n).toBe(before + 1)
    expect(await page.getByLabel('投诉', { exact: true }).isChecked()).toBe(true)
    expect(await seriousViolations(page)).toEqual([])
    await ctx.close()
  })
})
