// The console's poster page on a server whose PUBLIC_URL names this machine:
// before anyone prints, the page says the QR codes would open nothing on a phone.
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchBrowser } from '../helpers/browser.ts'
import { logInToConsole } from '../helpers/console-login.ts'
import { startServer, type RunningServer } from '../helpers/server.ts'

const PASSWORD = 'e2e-posters-password'

describe('the poster page', () => {
  let server: RunningServer
  let browser: Browser

  beforeAll(async () => {
    ;[server, browser] = await Promise.all([startServer({ ADMIN_PASSWORD: PASSWORD, PUBLIC_URL: 'http://127.0.0.1:8080' }), launchBrowser()])
  })
  afterAll(async () => {
    await browser?.close()
    expect(await server?.stop()).toBe(0)
  })

  it('warns that a loopback PUBLIC_URL puts an unreachable address on the posters', async () => {
    const ctx = await browser.newContext({ locale: 'zh-CN' })
    const page = await ctx.newPage()
    await logInToConsole(page, server.url, 'admin', PASSWORD)
    await page.goto(`${server.url}/staff/registry/posters`)
    const warning = page.getByRole('alert')
    await warning.waitFor()
    expect(await warning.textContent()).toContain('PUBLIC_URL 为本机地址 http://127.0.0.1:8080')
    await ctx.close()
  })
})
