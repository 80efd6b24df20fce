// The buyer's pages on a cheap phone, in a real browser against the real
// server: the four buttons and the form's own choice of kind are one choice
// that never loses what was typed, the "问题解决了吗？" answers sit beside
// their labels, and no page scrolls sideways at 320 or 360 px in English.
import type { Browser, BrowserContext, BrowserContextOptions } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { LOCALE_COOKIE } from '../../shared/buyer-page-data.ts'
import type { Locale } from '../../shared/i18n/translate.ts'
import { newFeedbackId } from '../../shared/receipt.ts'
import { launchBrowser, sideways } from '../helpers/browser.ts'
import { staffHeaders, startServer, type RunningServer } from '../helpers/server.ts'

const STORE = '44010001'
const PASSWORD = 'buyer-layout-password'
const phone = (width: number): BrowserContextOptions => ({ viewport: { width, height: 740 }, locale: 'zh-CN', isMobile: true, hasTouch: true })


describe('the buyer pages’ layout', { timeout: 120_000 }, () => {
  let server: RunningServer
  let browser: Browser
  let staff: Record<string, string>

  beforeAll(async () => {
    ;[server, browser] = await Promise.all([startServer({ ADMIN_PASSWORD: PASSWORD, MIN_FILL_MS: '0' }), launchBrowser()])
    staff = { ...(await staffHeaders(server, PASSWORD)), 'content-type': 'application/json' }
  })
  afterAll(async () => {
    await browser?.close()
    expect(await server?.stop()).toBe(0)
  })

  async function phoneIn(locale: Locale, width: number, javaScriptEnabled = true): Promise<BrowserContext> {
    const ctx = await browser.newContext({ ...phone(width), javaScriptEnabled })
    await ctx.addCookies([{ name: LOCALE_COOKIE, value: locale, url: server.url }])
    await ctx.addInitScript((l) => localStorage.setItem('sv.locale', l), locale)
    return ctx
  }

  /** A case sent by a buyer and resolved by staff: its /track page asks whether it was fixed. */
  async function resolvedCase(): Promise<string> {
    const id = newFeedbackId()
    const sent = await fetch(`${server.url}/api/feedback`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ id, storeCode: STORE, kind: 'complaint', category: 'service_attitude', message: '店员拒绝兑奖，态度恶劣。', channel: 'qr', createdAt: new Date().toISOString() }),
    })
    const { receipt } = (await sent.json()) as { receipt: string }
    for (const status of ['in_progress', 'resolved']) {
      const res = await fetch(`${server.url}/api/admin/feedback/${id}`, { method: 'PATCH', headers: staff, body: JSON.stringify({ status }) })
      expect(res.status).toBe(200)
    }
    return receipt
  }

  it('keeps the typed message when the kind changes, from the buttons or the form, and shows the same kind in both', async () => {
    const ctx = await phoneIn('zh-CN', 360)
    const page = await ctx.newPage()
    await page.goto(`${server.url}/s/${STORE}`)
    await page.locator('html[data-ready]').waitFor({ state: 'attached' })
    const buttons = page.getByRole('navigation', { name: '我要' })
    const chosen = buttons.locator('[aria-current="true"]')
    const message = page.getByLabel('具体情况')

    await buttons.getByRole('link', { name: '投诉' }).click()
    await page.getByLabel('问题类别').selectOption('service_attitude')
    await message.fill('店员态度恶劣，拒绝兑奖。')

    // The form's own choice moves the buttons, and keeps the message.
    await page.getByLabel('建议', { exact: true }).check()
    await expect.poll(() => chosen.textContent()).toBe('建议')
    expect(await message.inputValue()).toBe('店员态度恶劣，拒绝兑奖。')
    // A complaint's category is no suggestion's.
    expect(await page.getByLabel('问题类别').inputValue()).toBe('')
    await page.getByLabel('问题类别').selectOption('suggestion_service')

    // The buttons move the form, and keep the message; the same kind keeps its category.
    await buttons.getByRole('link', { name: '建议' }).click()
    expect(await page.getByLabel('建议', { exact: true }).isChecked()).toBe(true)
    expect(await page.getByLabel('问题类别').inputValue()).toBe('suggestion_service')
    await buttons.getByRole('link', { name: '表扬' }).click()
    expect(await page.getByLabel('表扬', { exact: true }).isChecked()).toBe(true)
    await expect.poll(() => chosen.textContent()).toBe('表扬')
    expect(await message.inputValue()).toBe('店员态度恶劣，拒绝兑奖。')
    expect(await page.getByLabel('问题类别').inputValue()).toBe('')
    await ctx.close()
  })

  it('does not scroll sideways on a 320 or 360 px phone, in either language', async () => {
    for (const locale of ['en', 'zh-CN'] as const) {
      for (const width of [320, 360]) {
        const ctx = await phoneIn(locale, width)
        const page = await ctx.newPage()
        await page.goto(`${server.url}/s/${STORE}`)
        await page.locator('html[data-ready]').waitFor({ state: 'attached' })
        expect(await sideways(page), `${locale} at ${width} px`).toBeLessThanOrEqual(0)
        // Each of the four buttons is whole on the screen.
        for (const box of await page.locator('.kind-actions .action').evaluateAll((els) => els.map((el) => el.getBoundingClientRect().toJSON() as DOMRect))) {
          expect(box.left).toBeGreaterThanOrEqual(0)
          expect(box.right).toBeLessThanOrEqual(width)
        }
        await ctx.close()
      }
    }
  })

  it('lays out "问题解决了吗？" as choices beside their labels, with and without scripts', async () => {
    const receipt = await resolvedCase()
    for (const javaScriptEnabled of [true, false]) {
      const ctx = await phoneIn('zh-CN', 360, javaScriptEnabled)
      const page = await ctx.newPage()
      await page.goto(`${server.url}/track/${receipt}`)
      const yes = page.getByLabel('已解决')
      await yes.waitFor()
      if (javaScriptEnabled) await yes.check()
      for (const label of await page.locator('form.confirm-fix label:has(input[type="radio"])').all()) {
        const [box, circle] = await Promise.all([label.boundingBox(), label.locator('input').boundingBox()])
        // A finger-sized target, its circle a circle, right before or over its words.
        expect(box!.height).toBeGreaterThanOrEqual(44)
        expect(circle!.width).toBeLessThan(40)
        const words = await label.evaluate((el) => {
          const range = document.createRange()
          range.selectNodeContents(el)
          range.setStartAfter(el.querySelector('input')!)
          return range.getBoundingClientRect().left
        })
        expect(words - (circle!.x + circle!.width)).toBeLessThan(16)
      }
      expect(await sideways(page)).toBeLessThanOrEqual(0)
      await ctx.close()
    }
  })
})
