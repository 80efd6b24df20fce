// In a real browser, against the real server: every page runs under the
// strict Content-Security-Policy without a single violation, and text a
// buyer typed (however hostile) is shown to staff as text, never as markup.
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchBrowser } from '../helpers/browser.ts'
import { startServer, type RunningServer } from '../helpers/server.ts'
import { feedbackBody } from '../helpers/test-app.ts'
import { logInToConsole } from '../helpers/console-login.ts'

const PASSWORD = 'e2e-admin-password'

declare global {
  interface Window {
    __violations?: string[]
    __xss?: number
  }
}

/** Records CSP violations from the first byte on: the event in the page, and the console. */
async function watched(browser: Browser): Promise<{ page: Page; violations: () => Promise<string[]>; close: () => Promise<void> }> {
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' })
  const page = await ctx.newPage()
  const consoleViolations: string[] = []
  page.on('console', (m) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) consoleViolations.push(m.text())
  })
  await page.addInitScript(() => {
    window.__violations = []
    document.addEventListener('securitypolicyviolation', (e) => window.__violations!.push(`${e.violatedDirective} ${e.blockedURI}`))
  })
  return {
    page,
    violations: async () => [...consoleViolations, ...((await page.evaluate(() => window.__violations)) ?? [])],
    close: () => ctx.close(),
  }
}

describe('security in the browser', () => {
  let server: RunningServer
  let browser: Browser

  beforeAll(async () => {
    ;[server, browser] = await Promise.all([startServer({ ADMIN_PASSWORD: PASSWORD, RATE_LIMIT: '0' }), launchBrowser()])
  })
  afterAll(async () => {
    await browser?.close()
    await server?.stop()
  })

  for (const [path, ready] of [
    ['/s/44010001', 'h1'],
    ['/report', 'h1'],
    ['/track', 'h1'],
    ['/staff', 'form'],
  ] as const) {
    it(`${path} runs under the CSP with no violation`, async () => {
      const w = await watched(browser)
      await w.page.goto(`${server.url}${path}`, { waitUntil: 'networkidle' })
      await w.page.locator(ready).first().waitFor()
      expect(await w.violations()).toEqual([])
      await w.close()
    })
  }

  it('blocks an injected inline script, and reports it (the watch above can see violations)', async () => {
    const w = await watched(browser)
    await w.page.goto(`${server.url}/track`, { waitUntil: 'networkidle' })
    const ran = await w.page.evaluate(() => {
      const s = document.createElement('script')
      s.textContent = 'window.__xss = 1'
      document.body.append(s)
      return window.__xss
    })
    expect(ran).toBeUndefined()
    await expect.poll(async () => (await w.violations()).filter((v) => v.startsWith('script-src'))).toEqual(['script-src-elem inline'])
    await w.close()
  })

  it('shows hostile text in the staff console as plain text', async () => {
    const hostile = '<script>window.__xss=1</script><img src=x onerror="window.__xss=2"> 店员拒绝兑奖'
    const res = await fetch(`${server.url}/api/feedback`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(
        feedbackBody({ message: hostile, contact: { name: '<b onmouseover=alert(1)>x</b>' }, createdAt: new Date().toISOString() }),
      ),
    })
    expect(res.status).toBe(201)

    const w = await watched(browser)
    await logInToConsole(w.page, server.url, 'admin', PASSWORD)
    await w.page.getByRole('link', { name: '案件', exact: true }).click()
    const row = w.page.locator('table.cases tbody tr', { hasText: '店员拒绝兑奖' })
    await row.waitFor()
    expect(await row.textContent()).toContain('<script>window.__xss=1</script>')
    expect(await w.page.locator('table.cases script, table.cases img, table.cases b').count()).toBe(0)
    expect(await w.page.evaluate(() => window.__xss)).toBeUndefined()
    expect(await w.violations()).toEqual([])
    await w.close()
  })
})
