// The whole path of the foundation, in a real browser against the real
// server process: a buyer opens a store's page from its QR code, reads the
// notices, sends a complaint and gets a receipt; a staff member logs in and
// finds it, counted under that store.
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { normalizeReceipt } from '../../shared/receipt.ts'
import { launchBrowser } from '../helpers/browser.ts'
import { startServer, type RunningServer } from '../helpers/server.ts'
import { logInToConsole } from '../helpers/console-login.ts'

const STORE = '44010001'
const PASSWORD = 'e2e-admin-password'

// A script fills a form in well under a person's minimum fill time; that
// rule has its own tests (tests/hardening/bot-signals.test.ts).
describe('from poster QR to the problem ledger', () => {
  let server: RunningServer
  let browser: Browser

  beforeAll(async () => {
    ;[server, browser] = await Promise.all([startServer({ ADMIN_PASSWORD: PASSWORD , MIN_FILL_MS: '0' }), launchBrowser()])
  })
  afterAll(async () => {
    await browser?.close()
    expect(await server?.stop()).toBe(0)
  })

  it('a complaint sent from the store page shows up under that store in the console', async () => {
    const phone = await browser.newContext({ viewport: { width: 360, height: 740 }, locale: 'zh-CN' })
    const page = await phone.newPage()
    await page.goto(`${server.url}/s/${STORE}`)
    await expect.poll(() => page.locator('h1').textContent()).toContain('体彩站')
    await page.getByText('销售人员合规要求').waitFor()
    await page.getByText('理性购彩，量力而行').first().waitFor()

    await page.getByLabel('投诉').check()
    await page.getByLabel('问题类别').selectOption('service_attitude')
    await page.getByLabel('具体情况').fill('站点店员态度恶劣，拒绝解释兑奖规则。')
    await page.getByLabel('手机号（选填，便于回访）').fill('13812345678')
    await page.getByRole('button', { name: '提交' }).click()

    const receiptEl = page.locator('.receipt-code')
    await receiptEl.waitFor()
    const receipt = normalizeReceipt((await receiptEl.textContent())!)
    expect(receipt).toMatch(/^[0-9A-Z]{13}$/)

    await page.getByRole('link', { name: '查询进度' }).click()
    await page.waitForURL(`**/track/${receipt}`)
    await page.locator('[data-status="new"]').waitFor()
    await phone.close()

    const desk = await browser.newContext({ viewport: { width: 1280, height: 900 } })
    const staff = await desk.newPage()
    await logInToConsole(staff, server.url, 'admin', PASSWORD)
    const nav = staff.getByRole('navigation', { name: '工作台导航' })
    await nav.getByRole('link', { name: '案件' }).click()

    const row = staff.locator('table.cases tbody tr').first()
    await row.waitFor()
    expect(await row.textContent()).toContain('站点店员态度恶劣')
    expect(await row.textContent()).toContain('138****5678')
    await nav.getByRole('link', { name: '站点', exact: true }).click()
    const storeRow = staff.locator(`table.stats tr[data-store="${STORE}"]`)
    await storeRow.waitFor()
    expect(await storeRow.locator('[data-col="total"]').textContent()).toBe('1')
    expect(await storeRow.locator('[data-col="open"]').textContent()).toBe('1')
    await desk.close()
  })

  it('an unknown station code gets a clear page with the hotline, not a blank screen', async () => {
    const ctx = await browser.newContext({ viewport: { width: 320, height: 640 } })
    const page = await ctx.newPage()
    await page.goto(`${server.url}/s/00000000`)
    await page.getByText('没有找到这个站点').waitFor()
    await page.locator('a[href^="tel:"]').waitFor()
    await ctx.close()
  })
})
