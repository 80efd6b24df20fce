// A hotline call becomes a case (issue 11), in a real browser against the
// real server: staff fill the intake form and read the receipt code out;
// the caller finds the case on /track with it.
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { normalizeReceipt } from '../../shared/receipt.ts'
import { launchBrowser } from '../helpers/browser.ts'
import { logInToConsole } from '../helpers/console-login.ts'
import { startServer, type RunningServer } from '../helpers/server.ts'

const PASSWORD = 'e2e-admin-password'

describe('recording a hotline call in the console', () => {
  let server: RunningServer
  let browser: Browser

  beforeAll(async () => {
    ;[server, browser] = await Promise.all([startServer({ ADMIN_PASSWORD: PASSWORD }), launchBrowser()])
  })
  afterAll(async () => {
    await browser?.close()
    expect(await server?.stop()).toBe(0)
  })

  it('gives the caller a receipt code that opens the case on /track', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
    await logInToConsole(page, server.url, 'admin', PASSWORD)
    await page.getByRole('navigation', { name: '工作台导航' }).getByRole('link', { name: '登记来电来信' }).click()
    await page.getByLabel('渠道').selectOption('hotline')
    await page.getByLabel('类型').selectOption('report')
    await page.getByLabel('类别').selectOption('sale_to_minors')
    await page.getByLabel('站点编号（可不填）').fill('44010001')
    await page.getByLabel('反映内容').fill('来电反映：该站点周末向中学生出售刮刮乐。')
    await page.getByLabel('联系电话（可不填）').fill('13900001111')
    await page.getByRole('button', { name: '登记' }).click()
    await page.getByText('已登记。请告知反映人受理编号：').waitFor()
    const receipt = normalizeReceipt((await page.locator('.receipt-code').textContent())!)
    expect(receipt).toMatch(/^[0-9A-Z]{13}$/)

    await page.getByRole('link', { name: '打开案件' }).click()
    await page.locator('.timeline').getByText('热线电话').waitFor()

    await page.goto(`${server.url}/track/${receipt}`)
    await page.locator('[data-status="new"]').waitFor()
    await page.close()
  })
})
