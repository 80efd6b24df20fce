// The console's import page in a real browser against the real server: a
// dry run lists the bad rows with their line numbers and changes nothing;
// applying imports the good rows.
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchBrowser } from '../helpers/browser.ts'
import { startServer, type RunningServer } from '../helpers/server.ts'
import { logInToConsole } from '../helpers/console-login.ts'

const PASSWORD = 'e2e-admin-password'
const FILE = [
  '站点编号,名称,区,地址,专管员,专管员电话,在营,备注',
  '45010001,滨海新开体彩站,滨海区,滨海区海港路1号,钱明,13912001200,是,',
  '45010002,,滨海区,,,,是,缺名称',
  '45010003,滨海码头体彩站,滨海区,,钱明,电话待补,是,',
].join('\r\n')

describe('importing stores from the console', () => {
  let server: RunningServer
  let browser: Browser

  beforeAll(async () => {
    ;[server, browser] = await Promise.all([startServer({ ADMIN_PASSWORD: PASSWORD, SEED_DEMO: '0' }), launchBrowser()])
  })
  afterAll(async () => {
    await browser?.close()
    expect(await server?.stop()).toBe(0)
  })

  it('shows the dry run with bad rows by line number, then applies the good rows', async () => {
    const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' })
    const page = await ctx.newPage()
    await logInToConsole(page, server.url, 'admin', PASSWORD)
    await page.getByRole('link', { name: '站点与海报' }).click()
    await page.getByRole('link', { name: '导入站点' }).click()

    await page.getByLabel('站点表文件').setInputFiles({ name: 'stores.csv', mimeType: 'text/csv', buffer: Buffer.from(FILE) })
    await page.getByRole('button', { name: '预检' }).click()
    const report = page.locator('.import-report[data-applied="false"]')
    await report.waitFor()
    expect(await report.locator('[data-count="add"]').textContent()).toBe('新增 1')
    expect(await report.textContent()).toContain('未识别的列（已忽略）：备注')
    const bad = report.locator('table.invalid-rows tr')
    expect(await bad.count()).toBe(2)
    expect(await bad.nth(0).textContent()).toContain('第 3 行')
    expect(await bad.nth(0).textContent()).toContain('此项必填')
    expect(await bad.nth(1).textContent()).toContain('第 4 行')
    expect(await bad.nth(1).textContent()).toContain('专管员电话')
    expect((await fetch(`${server.url}/api/stores/45010001`)).status).toBe(404)

    await page.getByRole('button', { name: '确认导入' }).click()
    await page.locator('.import-report[data-applied="true"]').waitFor()
    await page.getByText('导入完成').waitFor()
    const store = await (await fetch(`${server.url}/api/stores/45010001`)).json()
    expect(store).toMatchObject({ name: '滨海新开体彩站', district: '滨海区', supervisor: { name: '钱明', phone: '13912001200' } })
    await ctx.close()
  })
})
