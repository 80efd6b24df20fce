// Issue 13: a held submission is work a person can do in the console. The
// overview shows how many wait; the list releases one into a case under the
// receipt its sender holds, which /track then shows as received.
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { newFeedbackId } from '../../shared/receipt.ts'
import { launchBrowser } from '../helpers/browser.ts'
import { logInToConsole } from '../helpers/console-login.ts'
import { startServer, type RunningServer } from '../helpers/server.ts'

const ADMIN_PASSWORD = 'e2e-admin-password'

describe('the held-submissions page', () => {
  let server: RunningServer
  let browser: Browser
  beforeAll(async () => {
    server = await startServer({ ADMIN_PASSWORD })
    browser = await launchBrowser()
  }, 60_000)
  afterAll(async () => {
    await browser?.close()
    await server?.stop()
  })

  it('shows the count on the overview and releases a fast-sent report into a case', async () => {
    const res = await fetch(`${server.url}/api/feedback`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        id: newFeedbackId(),
        storeCode: '44010001',
        kind: 'complaint',
        category: 'service_attitude',
        message: '粘贴后马上发送的真实投诉',
        channel: 'qr',
        fillMs: 800,
        createdAt: new Date().toISOString(),
      }),
    })
    expect(res.status).toBe(201)
    const { receipt } = (await res.json()) as { receipt: string }
    expect(((await (await fetch(`${server.url}/api/track/${receipt}`)).json()) as { status: string }).status).toBe('under_review')

    const page = await (await browser.newContext({ locale: 'zh-CN', viewport: { width: 1366, height: 900 } })).newPage()
    await logInToConsole(page, server.url, 'admin', ADMIN_PASSWORD)
    await page.getByRole('link', { name: /待审核提交/ }).first().click()
    await page.getByRole('heading', { name: '待审核提交' }).waitFor()
    await page.getByText('粘贴后马上发送的真实投诉').waitFor()
    await page.getByRole('button', { name: '放行为案件' }).click()
    await page.getByRole('status').getByText(receipt).waitFor()
    await page.getByText('没有待审核的提交').waitFor()
    expect(((await (await fetch(`${server.url}/api/track/${receipt}`)).json()) as { status: string }).status).toBe('new')
  }, 90_000)
})
