// The console's store table in a real browser: it shows one page the server
// sorted and cut, pages on, and finds a store by part of its name.
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { newFeedbackId } from '../../shared/receipt.ts'
import { seriousViolations } from '../helpers/axe.ts'
import { launchBrowser } from '../helpers/browser.ts'
import { logInToConsole } from '../helpers/console-login.ts'
import { startServer, type RunningServer } from '../helpers/server.ts'

const ADMIN_PASSWORD = 'e2e-admin-password'
const BUSY_STORE = '44050002'

describe('the console’s store table', () => {
  let server: RunningServer
  let browser: Browser

  beforeAll(async () => {
    ;[server, browser] = await Promise.all([startServer({ ADMIN_PASSWORD, MIN_FILL_MS: '0' }), launchBrowser()])
    for (let i = 0; i < 2; i++) {
      const res = await fetch(`${server.url}/api/feedback`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          id: newFeedbackId(), storeCode: BUSY_STORE, kind: 'complaint', category: 'service_attitude',
          message: '店员态度恶劣。', channel: 'qr', createdAt: new Date().toISOString(),
        }),
      })
      expect(res.status).toBe(201)
    }
  })
  afterAll(async () => {
    await browser?.close()
    expect(await server?.stop()).toBe(0)
  })

  it('shows the store needing attention first, pages through the city, and finds stores by name', async () => {
    const desk = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'zh-CN' })
    const page = await desk.newPage()
    await logInToConsole(page, server.url, 'admin', ADMIN_PASSWORD)
    await page.getByRole('navigation', { name: '工作台导航' }).getByRole('link', { name: '站点', exact: true }).click()
    const rows = page.locator('table.stats tbody tr[data-store]')
    await page.locator(`table.stats tr[data-store="${BUSY_STORE}"]`).waitFor()
    expect(await rows.first().getAttribute('data-store')).toBe(BUSY_STORE)
    expect(await rows.count()).toBe(50)
    const pager = page.getByRole('navigation', { name: '翻页' })
    await pager.getByText('第 1 / 2 页').waitFor()
    expect(await seriousViolations(page)).toEqual([])

    await pager.getByRole('button', { name: '下一页' }).click()
    await pager.getByText('第 2 / 2 页').waitFor()
    // 70 demo stores and the row of cases without a store: 21 on the second page.
    expect(await rows.count()).toBe(21)
    expect(new URL(page.url()).searchParams.get('page')).toBe('2')

    await page.getByLabel('站点编号或名称').fill('幸运')
    await page.getByRole('button', { name: '筛选' }).click()
    await pager.getByText('第 1 / 1 页').waitFor()
    expect(await rows.count()).toBe(10)
    for (const name of await page.locator('table.stats tbody th').allTextContents()) expect(name).toContain('幸运')

    await page.getByLabel('站点编号或名称').fill('没有这个站')
    await page.getByRole('button', { name: '筛选' }).click()
    await page.getByText('没有符合条件的站点').waitFor()
    await desk.close()
  })
})
