// Pairing a store tablet from the console, in real browsers against the real
// server: the console shows a one-time code as text and QR code, the tablet
// opens the QR code's link and pairs itself, and the fleet page then lists it
// with its heartbeat. Revoked from the console, the tablet says so.
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { seriousViolations } from '../helpers/axe.ts'
import { launchBrowser } from '../helpers/browser.ts'
import { startServer, type RunningServer } from '../helpers/server.ts'
import { logInToConsole } from '../helpers/console-login.ts'

const PASSWORD = 'e2e-fleet-password'
const STORE = '44010001'

describe('the fleet page', { timeout: 120_000 }, () => {
  let server: RunningServer
  let browser: Browser

  beforeAll(async () => {
    ;[server, browser] = await Promise.all([startServer({ ADMIN_PASSWORD: PASSWORD }), launchBrowser()])
  })
  afterAll(async () => {
    await browser?.close()
    expect(await server?.stop()).toBe(0)
  })

  /** Refreshes the fleet list until the row matches: the tablet heartbeats on its own schedule. */
  async function refreshUntil(staffPage: Page, selector: string): Promise<void> {
    for (let i = 0; i < 60; i++) {
      await staffPage.getByRole('button', { name: '刷新' }).click()
      if ((await staffPage.locator(selector).count()) > 0) return
      await staffPage.waitForTimeout(500)
    }
    throw new Error(`the fleet page never showed ${selector}`)
  }

  it('a code made in the console pairs the tablet that opens its link, and the tablet appears with its heartbeat', async () => {
    const staffCtx = await browser.newContext({ viewport: { width: 1400, height: 900 }, locale: 'zh-CN' })
    const staffPage = await staffCtx.newPage()
    await logInToConsole(staffPage, server.url, 'admin', PASSWORD)
    await staffPage.getByRole('link', { name: '站点与海报' }).click()
    await staffPage.getByRole('link', { name: '平板管理' }).click()
    await staffPage.getByText('没有符合条件的平板').waitFor()

    await staffPage.getByLabel('为站点绑定平板（站点编号）').fill(STORE)
    await staffPage.getByRole('button', { name: '生成绑定码' }).click()
    // The title names the pairing code; the line under it the store by name (issue 12).
    const dialog = staffPage.getByRole('dialog', { name: /^绑定码 [0-9A-Z]{4}-[0-9A-Z]{4}$/ })
    const code = (await dialog.locator('.pairing-code').getAttribute('data-code'))!
    expect(code).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}$/)
    expect(await dialog.getByRole('heading').textContent()).toBe(`绑定码 ${code}`)
    expect(await dialog.locator('.pairing-store').textContent()).toMatch(new RegExp(`^为 \\S+（${STORE}）绑定平板$`))
    expect(await dialog.locator('svg.qr').getAttribute('data-qr')).toMatch(new RegExp(`/kiosk\\?pair=${code}$`))
    expect(await dialog.getByRole('timer').textContent()).toMatch(/^1[45]:\d\d 后失效/)
    expect(await seriousViolations(staffPage)).toEqual([])

    // The tablet: what scanning the QR code opens.
    const tabletCtx = await browser.newContext({ viewport: { width: 1024, height: 768 }, locale: 'zh-CN' })
    const tablet = await tabletCtx.newPage()
    await tablet.goto(`${server.url}/kiosk?pair=${code}`)
    await tablet.locator('.attract h1').waitFor()
    // The used code leaves the address, so a reload does not try it again.
    expect(new URL(tablet.url()).searchParams.has('pair')).toBe(false)

    await refreshUntil(staffPage, `tr[data-device] td.heartbeat:not(:text("尚无"))`)
    const row = staffPage.locator('tr[data-device]', { hasText: STORE })
    expect(await row.count()).toBe(1)
    expect(await row.locator('td.status').textContent()).toBe('正常')
    // The notices column says in words whether the tablet shows the current notices, not their digests.
    const notices = row.locator('td.notices')
    expect(await notices.textContent()).toBe('最新')
    expect(await notices.getAttribute('data-shown')).toBe(await notices.getAttribute('data-current'))
    expect(await row.textContent()).not.toContain(await notices.getAttribute('data-shown'))

    await row.getByRole('button', { name: '改名' }).click()
    await row.getByLabel('平板名称').fill('柜台左侧')
    await row.getByRole('button', { name: '保存' }).click()
    await row.getByText('柜台左侧').waitFor()

    await row.getByRole('button', { name: '停用', exact: true }).click()
    await row.getByRole('button', { name: '确认停用' }).click()
    await row.locator('td.status', { hasText: '已停用' }).waitFor()

    // The tablet learns it at its next heartbeat (here: its next start).
    await tablet.reload()
    await tablet.getByRole('heading', { name: '本平板已停用' }).waitFor()
    await Promise.all([staffCtx.close(), tabletCtx.close()])
  })
})
