// The console's registry, fleet and import pages in a real browser against
// the real server: a session that ends while a page is open brings back the
// login form with a message, and the server's refusals are shown in the
// console's own Chinese words, never in the server's English.
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchBrowser } from '../helpers/browser.ts'
import { logInToConsole } from '../helpers/console-login.ts'
import { startServer, type RunningServer } from '../helpers/server.ts'

const PASSWORD = 'e2e-errors-password'
const EXPIRED = '登录已过期，请重新登录'

describe('the console when the server says no', { timeout: 120_000 }, () => {
  let server: RunningServer
  let browser: Browser

  beforeAll(async () => {
    ;[server, browser] = await Promise.all([startServer({ ADMIN_PASSWORD: PASSWORD }), launchBrowser()])
  })
  afterAll(async () => {
    await browser?.close()
    expect(await server?.stop()).toBe(0)
  })

  async function openConsole(): Promise<{ ctx: BrowserContext; page: Page }> {
    const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' })
    const page = await ctx.newPage()
    await logInToConsole(page, server.url, 'admin', PASSWORD)
    await page.getByRole('link', { name: '站点与海报' }).click()
    return { ctx, page }
  }

  /** Ends the browser's session from outside it, as logging out on another tab would. */
  async function endSession(ctx: BrowserContext): Promise<void> {
    const cookie = (await ctx.cookies(server.url)).map((c) => `${c.name}=${c.value}`).join('; ')
    const me = (await (await fetch(`${server.url}/api/auth/me`, { headers: { cookie } })).json()) as { csrfToken: string }
    const res = await fetch(`${server.url}/api/auth/logout`, { method: 'POST', headers: { cookie, 'x-csrf-token': me.csrfToken } })
    expect(res.status).toBe(200)
  }

  async function seesLoginAgain(page: Page): Promise<void> {
    await page.getByText(EXPIRED).waitFor()
    await page.getByLabel('用户名').fill('admin')
    await page.getByLabel('密码').fill(PASSWORD)
    await page.getByRole('button', { name: '登录' }).click()
  }

  it('an expired session on the registry, fleet and import pages brings back the login form', async () => {
    const { ctx, page } = await openConsole()

    await page.getByRole('heading', { name: '站点管理' }).waitFor()
    await endSession(ctx)
    await page.getByRole('searchbox', { name: '搜索编号、名称或专管员' }).fill('滨海')
    await seesLoginAgain(page)
    await page.getByRole('heading', { name: '站点管理' }).waitFor()

    await page.getByRole('link', { name: '平板管理' }).click()
    await page.getByRole('heading', { name: '平板管理' }).waitFor()
    await endSession(ctx)
    await page.getByRole('button', { name: '刷新' }).click()
    await seesLoginAgain(page)
    await page.getByRole('heading', { name: '平板管理' }).waitFor()

    await page.getByRole('link', { name: '导入站点' }).click()
    await page.getByLabel('站点表文件').setInputFiles({ name: 'stores.csv', mimeType: 'text/csv', buffer: Buffer.from('站点编号,名称,区\r\n') })
    await endSession(ctx)
    await page.getByRole('button', { name: '预检' }).click()
    await seesLoginAgain(page)
    await page.getByRole('heading', { name: '导入站点' }).waitFor()
    await ctx.close()
  })

  it('shows the import and registry refusals in Chinese, field by field', async () => {
    const { ctx, page } = await openConsole()
    await page.getByRole('link', { name: '导入站点' }).click()
    const file = page.getByLabel('站点表文件')
    const dryRun = page.getByRole('button', { name: '预检' })

    await file.setInputFiles({ name: 'stores.csv', mimeType: 'text/csv', buffer: Buffer.from('站点编号,名称\r\n45010001,滨海新开体彩站\r\n') })
    await dryRun.click()
    const problem = page.locator('.registry-import [role="alert"]')
    await problem.getByText('表头缺少必需的列（站点编号、名称、区）').waitFor()
    expect(await problem.textContent()).toContain('“区”列：此项必填')
    expect(await problem.textContent()).not.toContain('The header row lacks')

    // Neither UTF-8 nor GBK: 0xFF starts no character in either.
    await file.setInputFiles({ name: 'stores.csv', mimeType: 'text/csv', buffer: Buffer.from([0xff, 0xfe, 0xff, 0x0a]) })
    await dryRun.click()
    await problem.getByText('无法读取文件：文件为空，或不是 UTF-8 / GBK 编码的文本').waitFor()
    expect(await problem.textContent()).not.toContain('neither UTF-8 nor GBK')

    await page.getByRole('link', { name: '站点管理' }).click()
    await page.getByRole('button', { name: '新增站点' }).click()
    const existing = (await page.locator('table.stores-admin tbody tr').first().getAttribute('data-store'))!
    await page.locator('#store-code').fill(existing)
    await page.locator('#store-name').fill('重复编号体彩站')
    await page.locator('#store-district').fill('滨海区')
    await page.getByRole('button', { name: '保存' }).click()
    await page.locator('.store-form').getByText('已有站点使用这个站点编号').waitFor()
    await ctx.close()
  })
})
