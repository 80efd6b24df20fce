// The store page on a phone whose browser runs no scripts (old in-app
// browsers, scripts failing to load): everything is on the first page, and
// the form still sends and answers with a receipt (issue 12).
import { join } from 'node:path'
import type { Browser, BrowserContextOptions } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openDatabase, type Database } from '../../server/db/database.ts'
import { DB_FILE } from '../../server/open-data.ts'
import { seriousViolations } from '../helpers/axe.ts'
import { launchBrowser } from '../helpers/browser.ts'
import { startServer, type RunningServer } from '../helpers/server.ts'

const STORE = '44010001'
const NO_SCRIPT_PHONE: BrowserContextOptions = {
  viewport: { width: 360, height: 740 },
  locale: 'zh-CN',
  isMobile: true,
  hasTouch: true,
  javaScriptEnabled: false,
}

describe('the store page without scripts', { timeout: 120_000 }, () => {
  let server: RunningServer
  let browser: Browser
  let db: Database

  // axe-core runs as a script, which a no-script page cannot: the page's
  // very HTML is checked in a page whose own scripts are blocked instead.
  async function violations(html: string): Promise<string[]> {
    const ctx = await browser.newContext({ ...NO_SCRIPT_PHONE, javaScriptEnabled: true })
    await ctx.route('**/*.js', (route) => route.abort())
    const page = await ctx.newPage()
    await page.goto(`${server.url}/healthz`)
    await page.setContent(html, { waitUntil: 'load' })
    const found = await seriousViolations(page)
    await ctx.close()
    return found
  }

  beforeAll(async () => {
    ;[server, browser] = await Promise.all([startServer({ ADMIN_PASSWORD: 'no-script-e2e-password' }), launchBrowser()])
    db = await openDatabase(join(server.dataDir, DB_FILE))
  })
  afterAll(async () => {
    await browser?.close()
    await db?.close()
    expect(await server?.stop()).toBe(0)
  })

  it('shows the store, the four actions, the notices, and sends a report with a receipt', async () => {
    const ctx = await browser.newContext(NO_SCRIPT_PHONE)
    const page = await ctx.newPage()
    await page.goto(`${server.url}/s/${STORE}`)
    await expect.poll(() => page.locator('h1').textContent()).toContain('体彩站')
    expect(await page.locator('a[href^="tel:"]').count()).toBeGreaterThanOrEqual(2)
    expect(await page.getByRole('heading', { name: '公示信息' }).count()).toBe(1)
    // The four actions sit on the first screen, under the store's name.
    const actions = page.locator('.kind-actions a')
    expect(await actions.allTextContents()).toEqual(['投诉', '举报', '建议', '表扬'])
    const box = await actions.last().boundingBox()
    expect(box!.y + box!.height).toBeLessThanOrEqual(740)
    expect(await violations(await page.content())).toEqual([])

    // 举报 opens the page again with the report form ready.
    await actions.nth(1).click()
    await page.waitForURL(/kind=report/)
    expect(await page.getByLabel('举报', { exact: true }).isChecked()).toBe(true)

    // A form that needs fixing comes back with what was typed and what is wrong.
    await page.getByLabel('具体情况').fill('太差')
    await page.getByRole('button', { name: '提交' }).click()
    await page.getByText('请选择问题类别').waitFor()
    await page.getByText('具体情况至少写 5 个字').waitFor()
    expect(await page.getByLabel('具体情况').inputValue()).toBe('太差')
    expect(await violations(await page.content())).toEqual([])

    await page.getByLabel('问题类别').selectOption('sale_to_minors')
    await page.getByLabel('具体情况').fill('周五晚上看到店员向穿校服的学生出售彩票。')
    await page.getByLabel('匿名提交').check()
    await page.getByRole('button', { name: '提交' }).click()
    await page.getByRole('heading', { name: '已受理' }).waitFor()
    const receipt = (await page.locator('.receipt-code').getAttribute('data-receipt'))!
    expect(receipt).toMatch(/^[0-9A-Z]{13}$/)
    expect(await violations(await page.content())).toEqual([])

    const row = await db.get('SELECT kind, category_id AS category, channel, anonymous, contact_phone AS phone FROM feedback WHERE receipt = ?', [receipt])
    expect(row).toEqual({ kind: 'report', category: 'sale_to_minors', channel: 'qr', anonymous: 1, phone: null })

    // The receipt page leads on to tracking and back to the store, both plain links.
    expect(await page.locator(`a[href="/track/${receipt}"]`).count()).toBe(1)
    await page.getByRole('link', { name: '再提一条' }).click()
    await page.waitForURL(`${server.url}/s/${STORE}`)
    await ctx.close()
  })

  it('sends another kind than the page opened with on the first try, and offers no photos it could not send', async () => {
    const ctx = await browser.newContext(NO_SCRIPT_PHONE)
    const page = await ctx.newPage()
    await page.goto(`${server.url}/s/${STORE}`)
    expect(await page.getByLabel('投诉', { exact: true }).isChecked()).toBe(true)
    expect(await page.locator('input[type="file"]').count()).toBe(0)
    // Every kind's categories, each under its kind's name.
    expect(await page.locator('select[name="category"] optgroup').evaluateAll((gs) => gs.map((g) => g.getAttribute('label')))).toEqual([
      '投诉',
      '举报',
      '建议',
      '表扬',
    ])
    await page.getByLabel('建议', { exact: true }).check()
    await page.getByLabel('问题类别').selectOption('suggestion_service')
    await page.getByLabel('具体情况').fill('希望站点延长周末的营业时间。')
    await page.getByRole('button', { name: '提交' }).click()
    await page.getByRole('heading', { name: '已受理' }).waitFor()
    const receipt = (await page.locator('.receipt-code').getAttribute('data-receipt'))!
    const row = await db.get('SELECT kind, category_id AS category FROM feedback WHERE receipt = ?', [receipt])
    expect(row).toEqual({ kind: 'suggestion', category: 'suggestion_service' })
    await ctx.close()
  })

  it('switches to English and back by the language link', async () => {
    const ctx = await browser.newContext(NO_SCRIPT_PHONE)
    const page = await ctx.newPage()
    await page.goto(`${server.url}/s/${STORE}?kind=suggestion`)
    await page.getByRole('link', { name: 'English' }).click()
    await page.getByLabel('Category').waitFor()
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en')
    expect(await page.getByLabel('Suggestion', { exact: true }).isChecked()).toBe(true)
    expect(await violations(await page.content())).toEqual([])
    // Remembered by the server: the store page opened again is in English.
    await page.goto(`${server.url}/s/${STORE}`)
    await page.getByLabel('Category').waitFor()
    await page.getByRole('link', { name: '中文' }).click()
    await page.getByLabel('问题类别').waitFor()
    await ctx.close()
  })

  it('answers an unknown store with a page pointing to /report, without a form', async () => {
    const ctx = await browser.newContext(NO_SCRIPT_PHONE)
    const page = await ctx.newPage()
    const res = await page.goto(`${server.url}/s/00000000`)
    expect(res!.status()).toBe(404)
    await page.getByRole('heading', { name: '没有找到这个站点' }).waitFor()
    expect(await page.locator('a[href="/report"]').count()).toBe(1)
    expect(await page.locator('form').count()).toBe(0)
    expect(await violations(await page.content())).toEqual([])
    await ctx.close()
  })
})
