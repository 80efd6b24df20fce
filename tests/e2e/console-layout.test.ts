// The console's layout in a real browser against the real server: the
// header's navigation fits a desktop in either language, the inbox fits a
// supervisor's phone in English, the category filter tells apart categories
// of the same name, and every number sits under its own column's heading.
import { randomUUID } from 'node:crypto'
import type { Browser, BrowserContext } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Locale } from '../../shared/i18n/translate.ts'
import { launchBrowser, sideways } from '../helpers/browser.ts'
import { staffHeaders, startServer, type RunningServer } from '../helpers/server.ts'

const ADMIN_PASSWORD = 'console-layout-password'


describe('the console’s layout', { timeout: 120_000 }, () => {
  let server: RunningServer
  let browser: Browser
  let staff: Record<string, string>

  beforeAll(async () => {
    ;[server, browser] = await Promise.all([startServer({ ADMIN_PASSWORD }), launchBrowser()])
    staff = await staffHeaders(server, ADMIN_PASSWORD)
  })
  afterAll(async () => {
    await browser?.close()
    expect(await server?.stop()).toBe(0)
  })

  /** The administrator, who sees every page of the navigation, logged in and reading the given language. */
  async function adminIn(locale: Locale, width: number): Promise<BrowserContext> {
    const phone = width < 800
    const ctx = await browser.newContext({ viewport: { width, height: phone ? 740 : 900 }, locale: 'zh-CN', isMobile: phone, hasTouch: phone })
    const [name, value] = staff.cookie!.split(/=(.*)/s) as [string, string]
    await ctx.addCookies([{ name, value, url: server.url }])
    await ctx.addInitScript((l) => localStorage.setItem('sv.locale', l), locale)
    return ctx
  }

  it('fits the header’s navigation on a 1366 or 1280 px desktop, in either language', async () => {
    for (const locale of ['en', 'zh-CN'] as const) {
      for (const width of [1366, 1280]) {
        const ctx = await adminIn(locale, width)
        const page = await ctx.newPage()
        await page.goto(`${server.url}/staff/cases`)
        const links = page.locator('.console-header nav a')
        await links.first().waitFor()
        expect(await sideways(page), `${locale} at ${width} px`).toBeLessThanOrEqual(0)
        // Every page is one click away: no entry past the window's edge, none clipped away.
        for (const box of await links.evaluateAll((els) => els.map((el) => el.getBoundingClientRect().toJSON() as DOMRect))) {
          expect(box.right, `${locale} at ${width} px`).toBeLessThanOrEqual(width)
        }
        await ctx.close()
      }
    }
  })

  it('fits the case list on a 360 px phone in English', async () => {
    const ctx = await adminIn('en', 360)
    const page = await ctx.newPage()
    await page.goto(`${server.url}/staff/cases`)
    await page.locator('#f-category option').nth(2).waitFor({ state: 'attached' })
    expect(await sideways(page)).toBeLessThanOrEqual(0)
    await ctx.close()
  })

  it('groups the category filter by kind, so categories of the same name can be told apart', async () => {
    for (const [locale, kinds] of [
      ['zh-CN', ['投诉', '举报', '建议', '表扬']],
      ['en', ['Complaint', 'Report misconduct', 'Suggestion', 'Praise']],
    ] as const) {
      const ctx = await adminIn(locale, 1366)
      const page = await ctx.newPage()
      await page.goto(`${server.url}/staff/cases`)
      const select = page.locator('#f-category')
      await select.locator('option').nth(2).waitFor({ state: 'attached' })
      const choices = await select.evaluate((el: HTMLSelectElement) =>
        [...el.options].slice(1).map((o) => `${o.parentElement instanceof HTMLOptGroupElement ? o.parentElement.label : ''} / ${o.label}`),
      )
      expect(await select.locator('optgroup').evaluateAll((els) => els.map((el) => (el as HTMLOptGroupElement).label))).toEqual(kinds)
      expect(new Set(choices).size, locale).toBe(choices.length)
      // Choosing one still filters by it.
      await select.selectOption('praise_service')
      await page.locator('form.filters button[type="submit"]').click()
      await page.waitForURL(/category=praise_service/)
      await ctx.close()
    }
  })

  it('puts every number under its own column’s heading', async () => {
    const res = await fetch(`${server.url}/api/admin/campaigns`, {
      method: 'POST',
      headers: { ...staff, 'content-type': 'application/json' },
      body: JSON.stringify({ name: '站点规范经营专项治理', from: '2026-01-01', to: '2099-12-31', districts: ['东城区'] }),
    })
    expect(res.status).toBe(201)
    const campaignId = String(((await res.json()) as { id: number }).id)
    const rated = await fetch(`${server.url}/api/ratings`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ id: randomUUID(), storeCode: '44010001', score: 4, channel: 'qr', createdAt: new Date().toISOString() }),
    })
    expect(rated.status).toBe(201)
    const ctx = await adminIn('zh-CN', 1366)
    const page = await ctx.newPage()
    for (const [path, ready] of [
      [`/staff/campaigns/${campaignId}`, 'table td.num'],
      ['/staff/stores', 'table.stats td.num'],
      ['/staff/ratings', 'table td.num'],
    ] as const) {
      await page.goto(`${server.url}${path}`)
      await page.locator(ready).first().waitFor({ state: 'attached' })
      // Each number's right edge lines up with its heading's, as a reader scans down the column.
      const misses = await page.evaluate(() => {
        const right = (el: Element) => {
          const range = document.createRange()
          range.selectNodeContents(el)
          return range.getBoundingClientRect().right
        }
        const out: string[] = []
        for (const cell of document.querySelectorAll('table td.num')) {
          const row = cell.parentElement as HTMLTableRowElement
          const table = row.closest('table')!
          if (!table.tHead || cell.closest('details:not([open])')) continue
          const heading = table.tHead.rows[0]!.cells[(cell as HTMLTableCellElement).cellIndex]!
          if (!cell.textContent!.trim()) continue
          const gap = Math.abs(right(heading) - right(cell))
          if (gap > 2) out.push(`${heading.textContent}: ${cell.textContent} is ${Math.round(gap)} px off`)
        }
        return out
      })
      expect(misses, path).toEqual([])
    }
    await ctx.close()
  })
})
