// The batch of posters as Chrome renders it for printing: every QR code is
// screenshotted from the rendered page and decoded with a real decoder, and
// the page prints one poster per A4 sheet. And before anyone prints, the
// console's poster page warns when PUBLIC_URL names this machine only.
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchBrowser } from '../helpers/browser.ts'
import { logInToConsole } from '../helpers/console-login.ts'
import { decodePng } from '../helpers/qr-decode.ts'
import { startServer, type RunningServer } from '../helpers/server.ts'

const PASSWORD = 'e2e-admin-password'

describe('printing a district\'s posters', () => {
  let server: RunningServer
  let browser: Browser

  beforeAll(async () => {
    ;[server, browser] = await Promise.all([startServer({ ADMIN_PASSWORD: PASSWORD, PUBLIC_URL: 'https://fankui.example.cn' }), launchBrowser()])
  })
  afterAll(async () => {
    await browser?.close()
    expect(await server?.stop()).toBe(0)
  })

  it('renders one A4 page per store whose QR, as rendered, scans to the store\'s public URL', async () => {
    const ctx = await browser.newContext({ viewport: { width: 1000, height: 1400 } })
    const login = await ctx.request.post(`${server.url}/api/auth/login`, { data: { username: 'admin', password: PASSWORD } })
    expect(login.status()).toBe(200)
    const page = await ctx.newPage()
    await page.goto(`${server.url}/api/admin/posters?district=${encodeURIComponent('江滨区')}&size=a4`)
    const sheets = page.locator('section.sheet')
    expect(await sheets.count()).toBe(7)
    for (let i = 0; i < 7; i++) {
      const sheet = sheets.nth(i)
      const code = await sheet.getAttribute('data-code')
      const version = await sheet.getAttribute('data-version')
      const shot = await sheet.locator('svg.qr').screenshot()
      expect(decodePng(shot), code!).toBe(`https://fankui.example.cn/s/${code}?v=${version}`)
    }
    await page.emulateMedia({ media: 'print' })
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true })
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-')
    // Chrome writes its page objects uncompressed: one PDF page per poster.
    expect(pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)).toHaveLength(7)
    // One sheet per page: each section is exactly one A4 page tall.
    const heights = await sheets.evaluateAll((els) => els.map((e) => Math.round(e.getBoundingClientRect().height)))
    expect(new Set(heights)).toEqual(new Set([Math.round((297 / 25.4) * 96)]))
    await ctx.close()
  })

  it('the poster page warns when PUBLIC_URL is a loopback address no phone can reach', async () => {
    const local = await startServer({ ADMIN_PASSWORD: PASSWORD, PUBLIC_URL: 'http://127.0.0.1:8080' })
    const ctx = await browser.newContext({ locale: 'zh-CN' })
    try {
      const page = await ctx.newPage()
      await logInToConsole(page, local.url, 'admin', PASSWORD)
      await page.goto(`${local.url}/staff/registry/posters`)
      const warning = page.getByRole('alert')
      await warning.waitFor()
      expect(await warning.textContent()).toContain('PUBLIC_URL 为本机地址 http://127.0.0.1:8080')
    } finally {
      await ctx.close()
      expect(await local.stop()).toBe(0)
    }
  })
})
