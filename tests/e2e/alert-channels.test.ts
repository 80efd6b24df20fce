// An admin sets up the supervisors' morning digest in the console: an e-mail
// channel limited to a district, taking the daily digest counted per store
// supervisor. What the form sends is what the server keeps.
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchBrowser } from '../helpers/browser.ts'
import { logInToConsole } from '../helpers/console-login.ts'
import { staffHeaders, startServer, type RunningServer } from '../helpers/server.ts'

const ADMIN_PASSWORD = 'e2e-admin-password'

describe('notification channels in the console', () => {
  let server: RunningServer
  let browser: Browser

  beforeAll(async () => {
    ;[server, browser] = await Promise.all([startServer({ ADMIN_PASSWORD, NOTIFY_ALLOW_PRIVATE_TARGETS: '1' }), launchBrowser()])
  })
  afterAll(async () => {
    await browser?.close()
    expect(await server?.stop()).toBe(0)
  })

  it('adds a district channel whose daily digest has one line per store supervisor', async () => {
    const page = await browser.newPage()
    await logInToConsole(page, server.url, 'admin', ADMIN_PASSWORD)
    await page.goto(`${server.url}/staff/alerts`)
    await page.getByLabel('类型', { exact: true }).selectOption('email')
    await page.getByLabel('地址（URL 或邮箱）').fill('east-supervisors@centre.example')
    await page.getByLabel('每日摘要（工作日 8:30）').check()
    await page.getByLabel('限定区（逗号分隔，不填为全市）').fill('东城区')
    await page.getByLabel('每日摘要的统计方式').selectOption('supervisor')
    await page.getByRole('button', { name: '添加渠道' }).click()
    await page.locator('ul.channels li', { hasText: 'east-supervisors@centre.example' }).getByText('按专管员（每位专管员一行）', { exact: false }).waitFor()
    await page.close()

    const channels = (await (await fetch(`${server.url}/api/admin/notification-channels`, { headers: await staffHeaders(server, ADMIN_PASSWORD) })).json()) as unknown[]
    expect(channels).toEqual([
      expect.objectContaining({ type: 'email', target: 'east-supervisors@centre.example', events: ['digest.daily'], districts: ['东城区'], digestBy: 'supervisor' }),
    ])
  })

  it('names what is wrong in words: a district the registry lacks, a target that does not fit', async () => {
    const page = await browser.newPage()
    await logInToConsole(page, server.url, 'admin', ADMIN_PASSWORD)
    await page.goto(`${server.url}/staff/alerts`)
    await page.getByLabel('类型', { exact: true }).selectOption('email')
    await page.getByLabel('地址（URL 或邮箱）').fill('duty@centre.example')
    await page.getByLabel('新案件').check()
    await page.getByLabel('限定区（逗号分隔，不填为全市）').fill('东城区，东成区')
    await page.getByRole('button', { name: '添加渠道' }).click()
    const problem = page.locator('form.channel-create .problem')
    await problem.getByText('区：不存在').waitFor()
    await page.getByLabel('地址（URL 或邮箱）').fill('not-an-address')
    await page.getByLabel('限定区（逗号分隔，不填为全市）').fill('')
    await page.getByRole('button', { name: '添加渠道' }).click()
    await problem.getByText('目标地址：格式不正确').waitFor()
    expect(await problem.textContent()).not.toMatch(/target|districts/)
    await page.close()
  })

  it('shows a webhook secret the server made once, and after that only that the channel has one', async () => {
    const page = await browser.newPage()
    await logInToConsole(page, server.url, 'admin', ADMIN_PASSWORD)
    await page.goto(`${server.url}/staff/alerts`)
    await page.getByLabel('类型', { exact: true }).selectOption('webhook')
    await page.getByLabel('地址（URL 或邮箱）').fill('http://127.0.0.1:9/signed-hook')
    await page.getByLabel('新案件').check()
    await page.getByRole('button', { name: '添加渠道' }).click()
    const secret = (await page.getByRole('status').filter({ hasText: '只显示这一次' }).locator('code').textContent())!
    expect(secret.length).toBeGreaterThan(20)

    await page.reload()
    const row = page.locator('ul.channels li', { hasText: 'signed-hook' })
    await row.getByText('已设签名密钥', { exact: false }).waitFor()
    expect(await page.content()).not.toContain(secret)
    await page.close()
  })
})
