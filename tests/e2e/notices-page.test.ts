// Publishing a new version of a notice from the console, in a real browser:
// the store page serves it at once, and the console keeps the old one in
// the notice's history.
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { PublicStore } from '../../shared/api-types.ts'
import { launchBrowser } from '../helpers/browser.ts'
import { startServer, type RunningServer } from '../helpers/server.ts'
import { logInToConsole } from '../helpers/console-login.ts'

const PASSWORD = 'e2e-admin-password'

describe('publishing notices from the console', () => {
  let server: RunningServer
  let browser: Browser

  beforeAll(async () => {
    ;[server, browser] = await Promise.all([startServer({ ADMIN_PASSWORD: PASSWORD }), launchBrowser()])
  })
  afterAll(async () => {
    await browser?.close()
    expect(await server?.stop()).toBe(0)
  })

  it('a new version of the hotline notice replaces the old one on store pages and joins the history', async () => {
    const before = (await (await fetch(`${server.url}/api/stores/44010001`)).json()) as PublicStore
    const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' })
    const page = await ctx.newPage()
    await logInToConsole(page, server.url, 'admin', PASSWORD)
    await page.getByRole('link', { name: '站点与海报' }).click()
    await page.getByRole('link', { name: '公示内容' }).click()

    const hotline = page.locator('article.notice-doc', { hasText: '投诉举报渠道' })
    await hotline.getByRole('button', { name: '发布新版本' }).click()
    await hotline.getByLabel('正文', { exact: true }).fill('彩票中心监督电话：400-123-4567。')
    await hotline.locator('form').getByRole('button', { name: '发布新版本' }).click()

    await hotline.getByText('第 2 版').waitFor()
    await hotline.getByText('历史版本').click()
    await hotline.locator('.notice-version', { hasText: '第 1 版' }).waitFor()

    const after = (await (await fetch(`${server.url}/api/stores/44010001`)).json()) as PublicStore
    expect(after.notices.find((n) => n.title === '投诉举报渠道')).toMatchObject({ version: 2, body: '彩票中心监督电话：400-123-4567。' })
    expect(after.noticeVersion).not.toBe(before.noticeVersion)
    await ctx.close()
  })
})
