// The store tablet in a real browser against the real server process: paired
// with a one-time code, it keeps taking feedback with the network gone, keeps
// it across a reload, and delivers each submission exactly once, even when
// the server goes down in the middle. Between buyers it forgets everything.
import { spawnSync } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openDatabase, type Database } from '../../server/db/database.ts'
import { DB_FILE } from '../../server/open-data.ts'
import { seriousViolations } from '../helpers/axe.ts'
import { launchBrowser } from '../helpers/browser.ts'
import { openLink, setOffline, type Link } from '../helpers/link.ts'
import { storedOnDevice } from '../helpers/local-data.ts'
import { startServer, type RunningServer } from '../helpers/server.ts'

const ROOT = fileURLToPath(new URL('../../', import.meta.url))
const STORE = '44010001'
// A fixed port: the tablet's data (IndexedDB, service worker) belongs to its
// origin, which must stay the same across a server restart. Below Linux's
// ephemeral range, so no other test's PORT=0 server can take it meanwhile.
const PORT = String(20_000 + Math.floor(Math.random() * 12_000))

// A shared two-core machine can be slow: generous limits, never timed assertions.
describe('the store tablet', { timeout: 150_000 }, () => {
  let dataDir: string
  let server: RunningServer
  let browser: Browser
  let db: Database
  let link: Link

  const start = () => startServer({ PORT, ADMIN_PASSWORD: 'kiosk-e2e-password' }, dataDir)

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'storevoice-kiosk-'))
    ;[server, browser] = await Promise.all([start(), launchBrowser()])
    db = await openDatabase(join(dataDir, DB_FILE))
    link = await openLink(server.url)
  })
  afterAll(async () => {
    await link?.close()
    await browser?.close()
    await db?.close()
    expect(await server?.stop()).toBe(0)
    await rm(dataDir, { recursive: true, force: true })
  })

  /** The CLI staff use: `npm run pair -- <store>` prints the code. */
  function pairingCode(): string {
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/pair.ts', STORE], {
      cwd: ROOT,
      env: { ...process.env, DATA_DIR: dataDir },
      encoding: 'utf8',
    })
    const code = /: ([0-9A-Z]{4}-[0-9A-Z]{4})/.exec(r.stdout)?.[1]
    if (!code) throw new Error(`no pairing code printed:\n${r.stdout}${r.stderr}`)
    return code
  }

  async function pairedTablet(idleSeconds = 300, origin = server.url): Promise<{ ctx: BrowserContext; page: Page }> {
    const ctx = await browser.newContext({ viewport: { width: 1024, height: 768 }, locale: 'zh-CN' })
    const page = await ctx.newPage()
    await page.goto(`${origin}/kiosk?idle=${idleSeconds}`)
    await page.getByLabel('绑定码').fill(pairingCode().toLowerCase())
    await page.getByRole('button', { name: '绑定' }).click()
    await page.locator('.attract h1').waitFor()
    return { ctx, page }
  }

  async function submit(page: Page, message: string, contact?: { name: string; phone: string }): Promise<string> {
    await page.locator('button.entry[data-kind="complaint"]').click()
    await page.getByLabel('问题类别').selectOption('service_attitude')
    await page.getByLabel('具体情况').fill(message)
    if (contact) {
      await page.getByLabel('姓名（选填）').fill(contact.name)
      await page.getByLabel('手机号（选填，便于回访）').fill(contact.phone)
    }
    await page.getByRole('button', { name: '提交' }).click()
    const receipt = await page.locator('.receipt-code').getAttribute('data-receipt')
    expect(await page.locator(`svg.qr[data-qr$="/track/${receipt}"]`).count()).toBe(1)
    await page.getByRole('button', { name: '完成' }).click()
    await page.locator('.attract h1').waitFor()
    return receipt!
  }

  const kioskCases = (receipts: string[]) =>
    db.all<{ receipt: string; channel: string }>(
      `SELECT receipt, channel FROM feedback WHERE receipt IN (${receipts.map(() => '?').join(', ')}) ORDER BY receipt`,
      receipts,
    )

  it('pairs, takes three submissions offline, keeps them across a reload and delivers each exactly once', async () => {
    // Through the link, so that offline is offline (see tests/helpers/link.ts).
    const { ctx, page } = await pairedTablet(300, link.url)
    expect(await page.locator(`svg.qr[data-qr="${link.url}/s/${STORE}?v=k"]`).count()).toBe(1)
    // Its first heartbeat tells the centre it is alive and what it shows.
    await expect
      .poll(() => db.get('SELECT app_version AS app, outbox_length AS outbox FROM devices ORDER BY id DESC LIMIT 1'), { timeout: 15_000 })
      .toEqual({ app: '0.1.0', outbox: 0 })
    // The page must be controlled by the service worker to start offline.
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null)

    await setOffline(ctx, link, true)
    const receipts: string[] = []
    for (let i = 1; i <= 3; i++) receipts.push(await submit(page, `离线提交第 ${i} 条：店员态度恶劣。`))
    expect(new Set(receipts).size).toBe(3)
    await page.locator('.outbox-badge[data-pending="3"]').waitFor()

    await page.reload()
    await page.locator('.attract h1').waitFor()
    await page.locator('.outbox-badge[data-pending="3"]').waitFor()
    expect(await kioskCases(receipts)).toEqual([])

    await setOffline(ctx, link, false)
    await expect.poll(async () => (await kioskCases(receipts)).length, { timeout: 30_000 }).toBe(3)
    expect(await kioskCases(receipts)).toEqual(receipts.sort().map((receipt) => ({ receipt, channel: 'kiosk' })))
    await page.locator('.outbox-badge').waitFor({ state: 'detached' })
    expect(await storedOnDevice(page)).not.toContain('离线提交')
    await ctx.close()
  })

  it('loses and duplicates nothing when the server goes down in the middle of delivering', async () => {
    const { ctx, page } = await pairedTablet()
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null)
    await ctx.setOffline(true)
    const receipts: string[] = []
    for (let i = 1; i <= 5; i++) receipts.push(await submit(page, `重启测试第 ${i} 条：店员拒绝兑奖。`))
    const before = (await db.get<{ n: number }>('SELECT COUNT(*) AS n FROM feedback'))!.n

    // The worst moment: the server stores the second submission and goes
    // down before the tablet hears back. The tablet must send it again, and
    // the server must not store it twice.
    let sent = 0
    let restarted: Promise<void> | undefined
    await page.route('**/api/feedback', async (route) => {
      if (++sent !== 2) return route.continue()
      await route.fetch()
      await server.stop()
      restarted = start().then((s) => void (server = s))
      return route.abort('connectionreset')
    })
    await ctx.setOffline(false)
    await expect.poll(() => restarted !== undefined, { timeout: 30_000 }).toBe(true)
    await restarted

    await expect.poll(async () => (await kioskCases(receipts)).length, { timeout: 60_000 }).toBe(5)
    await page.locator('.outbox-badge').waitFor({ state: 'detached', timeout: 60_000 })
    expect(sent).toBeGreaterThan(5)
    expect((await db.get<{ n: number }>('SELECT COUNT(*) AS n FROM feedback'))!.n).toBe(before + 5)
    await ctx.close()
  })

  it('keeps the idle time it was opened with once, as the installed app opens plain /kiosk', async () => {
    const { ctx, page } = await pairedTablet(5)
    await page.goto(`${server.url}/kiosk`)
    await page.locator('button.entry[data-kind="complaint"]').click()
    await page.getByLabel('具体情况').fill('安装后的平板也应按设定时间清空。')
    await page.locator('.attract h1').waitFor({ timeout: 15_000 })
    await ctx.close()
  })

  it('wipes typed text and contact details after the idle time, and keeps none after a submission', async () => {
    const { ctx, page } = await pairedTablet(5)
    const historyBefore = await page.evaluate(() => history.length)
    await page.locator('button.entry[data-kind="complaint"]').click()
    await page.getByLabel('具体情况').fill('这段话不该留给下一位顾客')
    await page.getByLabel('手机号（选填，便于回访）').fill('13700001111')
    await page.locator('.attract h1').waitFor({ timeout: 15_000 })
    await page.locator('button.entry[data-kind="complaint"]').click()
    expect(await page.getByLabel('具体情况').inputValue()).toBe('')
    expect(await page.getByLabel('手机号（选填，便于回访）').inputValue()).toBe('')
    const html = await page.content()
    expect(html).not.toContain('这段话不该留给下一位顾客')
    expect(html).not.toContain('13700001111')
    expect(await page.evaluate(() => history.length)).toBe(historyBefore)
    await ctx.close()

    // A tablet with the usual idle time, so that a slow machine cannot reset it mid-way.
    const tablet = await pairedTablet()
    const receipt = await submit(tablet.page, '联系方式测试：店员态度恶劣。', { name: '王小明', phone: '13911112222' })
    expect((await kioskCases([receipt])).length).toBe(1)
    const everything = (await tablet.page.content()) + (await storedOnDevice(tablet.page))
    for (const secret of ['王小明', '13911112222', '联系方式测试']) expect(everything).not.toContain(secret)
    await tablet.ctx.close()
  })

  it('keeps a submission the server refuses for good, counts it for staff and stops retrying it', async () => {
    const { ctx, page } = await pairedTablet()
    await ctx.setOffline(true)
    await page.locator('button.entry[data-kind="complaint"]').click()
    await page.getByLabel('问题类别').selectOption('store_environment')
    await page.getByLabel('具体情况').fill('类别停用测试：门口堆放杂物。')
    await page.getByRole('button', { name: '提交' }).click()
    await page.getByRole('button', { name: '完成' }).click()
    // While it waited, the centre retired its category: the server will answer 400 forever.
    await db.run(`UPDATE categories SET active = 0 WHERE id = 'store_environment'`)
    try {
      let attempts = 0
      page.on('request', (r) => r.url().endsWith('/api/feedback') && attempts++)
      await ctx.setOffline(false)
      await page.locator('.outbox-badge[data-failed="1"][data-pending="0"]').waitFor({ timeout: 30_000 })
      await page.getByText('1 条发送失败，请联系工作人员').waitFor()
      expect(await storedOnDevice(page)).toContain('类别停用测试')
      // Retry rounds run every few seconds; a failed record is not part of them.
      const after = attempts
      await page.reload()
      await page.locator('.outbox-badge[data-failed="1"]').waitFor()
      expect(attempts).toBe(after)
    } finally {
      await db.run(`UPDATE categories SET active = 1 WHERE id = 'store_environment'`)
    }
    await ctx.close()
  })

  it('says so when pairing was tried too often, not that the network is down', async () => {
    const ctx = await browser.newContext({ viewport: { width: 1024, height: 768 }, locale: 'zh-CN' })
    const page = await ctx.newPage()
    await page.route('**/api/kiosk/pair', (route) =>
      route.fulfill({ status: 429, contentType: 'application/json', headers: { 'retry-after': '380' }, body: JSON.stringify({ error: { code: 'rate_limited', message: 'Too many tries' } }) }),
    )
    await page.goto(`${server.url}/kiosk`)
    await page.getByLabel('绑定码').fill(pairingCode())
    await page.getByRole('button', { name: '绑定' }).click()
    await page.getByText('尝试次数过多，请过几分钟再试').waitFor()
    expect(await page.getByText('网络').count()).toBe(0)
    await ctx.close()
  })

  it('stops taking feedback once the centre revokes it', async () => {
    const { ctx, page } = await pairedTablet()
    await db.run('UPDATE devices SET revoked_at = ? WHERE revoked_at IS NULL', [new Date().toISOString()])
    await page.reload()
    await page.locator('[data-revoked="true"]').waitFor()
    expect(await page.locator('button.entry').count()).toBe(0)
    await ctx.close()
  })

  it('revoked while someone fills the form, shows them it is switched off instead of a receipt that would not work', async () => {
    const { ctx, page } = await pairedTablet()
    await page.locator('button.entry[data-kind="complaint"]').click()
    await page.getByLabel('问题类别').selectOption('service_attitude')
    await page.getByLabel('具体情况').fill('停用时填写的投诉。')
    await db.run('UPDATE devices SET revoked_at = ? WHERE revoked_at IS NULL', [new Date().toISOString()])
    await page.getByRole('button', { name: '提交' }).click()
    await page.locator('[data-revoked="true"]').waitFor()
    await page.getByText('本机保留了 1 条尚未送达的反映').waitFor()
    expect(await page.locator('.receipt-code').count()).toBe(0)
    await ctx.close()
  })

  it('has no serious accessibility violations on the pairing, attract, form and receipt screens', async () => {
    const ctx = await browser.newContext({ viewport: { width: 1024, height: 768 } })
    const page = await ctx.newPage()
    await page.goto(`${server.url}/kiosk`)
    await page.getByLabel('绑定码').waitFor()
    expect(await seriousViolations(page)).toEqual([])
    await ctx.close()
    const { ctx: paired, page: attract } = await pairedTablet()
    expect(await seriousViolations(attract)).toEqual([])
    await attract.locator('button.entry[data-kind="report"]').click()
    // A report at the counter first offers the buyer's own phone (issue 12).
    expect(await seriousViolations(attract)).toEqual([])
    await attract.getByRole('button', { name: '仍在平板上填写' }).click()
    expect(await seriousViolations(attract)).toEqual([])
    await attract.getByLabel('问题类别').selectOption('remote_sales')
    await attract.getByLabel('具体情况').fill('店员在微信群里代购彩票。')
    await attract.getByRole('button', { name: '提交' }).click()
    await attract.locator('.receipt-code').waitFor()
    expect(await seriousViolations(attract)).toEqual([])
    await paired.close()
  })
})
