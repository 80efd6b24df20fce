// Case retention (issue 15) in a real browser against the real server: a
// case closed longer ago than RETENTION_DAYS is purged by the server's own
// background round, the console's case page says so in place of the
// message, and /track shows the status with the purge notice and nothing
// else.
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openDatabase } from '../../server/db/database.ts'
import { DB_FILE } from '../../server/open-data.ts'
import { newFeedbackId } from '../../shared/receipt.ts'
import { launchBrowser } from '../helpers/browser.ts'
import { logInToConsole } from '../helpers/console-login.ts'
import { staffHeaders, startServer, type RunningServer } from '../helpers/server.ts'

const PASSWORD = 'e2e-admin-password'
const MESSAGE = '店员拒绝兑奖，还说了难听的话。'

describe('a case past its retention, in the browser', () => {
  let server: RunningServer
  let browser: Browser
  let id: string
  let receipt: string
  let dataDir: string

  beforeAll(async () => {
    const env = { ADMIN_PASSWORD: PASSWORD, MIN_FILL_MS: '0' }
    dataDir = await mkdtemp(join(tmpdir(), 'storevoice-retention-e2e-'))
    ;[server, browser] = await Promise.all([startServer(env, dataDir), launchBrowser()])
    const staff = { ...(await staffHeaders(server, PASSWORD)), 'content-type': 'application/json' }
    id = newFeedbackId()
    const sent = await fetch(`${server.url}/api/feedback`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ id, storeCode: '44010001', kind: 'complaint', category: 'service_attitude', message: MESSAGE, contact: { name: '王五', phone: '13700001111' }, channel: 'qr', createdAt: new Date().toISOString() }),
    })
    receipt = ((await sent.json()) as { receipt: string }).receipt
    for (const status of ['in_progress', 'resolved', 'closed']) {
      expect((await fetch(`${server.url}/api/admin/feedback/${id}`, { method: 'PATCH', headers: staff, body: JSON.stringify({ status }) })).status).toBe(200)
    }
    expect(await server.stop()).toBe(0)
    // The case was closed 40 days ago; the server comes back with a 30-day retention.
    const db = await openDatabase(join(dataDir, DB_FILE))
    await db.run('UPDATE feedback SET closed_at = ? WHERE id = ?', [new Date(Date.now() - 40 * 86_400_000).toISOString(), id])
    await db.close()
    server = await startServer({ ...env, RETENTION_DAYS: '30' }, dataDir)
    // The first round of background jobs runs at start-up.
    for (let tries = 0; ; tries++) {
      const view = (await (await fetch(`${server.url}/api/track/${receipt}`)).json()) as { purged: boolean }
      if (view.purged) break
      if (tries > 100) throw new Error('the case was not purged')
      await new Promise((r) => setTimeout(r, 200))
    }
  })
  afterAll(async () => {
    await browser?.close()
    expect(await server?.stop()).toBe(0)
    await rm(dataDir, { recursive: true, force: true })
  })

  it('shows the purge on the console’s case page and on /track, and nothing of the message or the reporter', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'zh-CN' })
    const page = await context.newPage()
    await logInToConsole(page, server.url, 'admin', PASSWORD)
    await page.goto(`${server.url}/staff/cases/${id}`)
    await page.getByText('已按保存期限清除').waitFor()
    await page.getByText('超过保存期限（办结后 30 天），个人信息已清除').waitFor()
    const staffText = await page.locator('body').innerText()
    expect(staffText).not.toContain(MESSAGE)
    expect(staffText).not.toContain('王')

    await page.goto(`${server.url}/track/${receipt}`)
    await page.getByText('此反映已超过保存期限，内容已删除').waitFor()
    await page.locator('[data-status="closed"]').waitFor()
    expect(await page.locator('body').innerText()).not.toContain(MESSAGE)
    await context.close()
  })
})
