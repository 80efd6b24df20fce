// The store tablet, designed for a tablet (issue 12): the attract screen
// fits landscape and portrait without scrolling and comes back at its top,
// the submit button stays in view, "还在吗？" before the idle reset, the own
// phone offered before a report at the counter, and one tap to rate.
import { spawnSync } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openDatabase, type Database } from '../../server/db/database.ts'
import { DB_FILE } from '../../server/open-data.ts'
import { seriousViolations } from '../helpers/axe.ts'
import { launchBrowser } from '../helpers/browser.ts'
import { startServer, type RunningServer } from '../helpers/server.ts'

const ROOT = fileURLToPath(new URL('../../', import.meta.url))
const STORE = '44010001'
const SCREENS = [
  ['landscape', { width: 1280, height: 800 }],
  ['portrait', { width: 800, height: 1280 }],
] as const

describe('the tablet at the counter', { timeout: 150_000 }, () => {
  let dataDir: string
  let server: RunningServer
  let browser: Browser
  let db: Database

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'storevoice-tablet-'))
    ;[server, browser] = await Promise.all([startServer({ ADMIN_PASSWORD: 'tablet-e2e-password' }, dataDir), launchBrowser()])
    db = await openDatabase(join(dataDir, DB_FILE))
  })
  afterAll(async () => {
    await browser?.close()
    await db?.close()
    expect(await server?.stop()).toBe(0)
    await rm(dataDir, { recursive: true, force: true })
  })

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

  async function tablet(viewport: { width: number; height: number }, idleSeconds = 300): Promise<Page> {
    const ctx = await browser.newContext({ viewport, locale: 'zh-CN', hasTouch: true })
    const page = await ctx.newPage()
    await page.goto(`${server.url}/kiosk?idle=${idleSeconds}`)
    await page.getByLabel('绑定码').fill(pairingCode())
    await page.getByRole('button', { name: '绑定' }).click()
    await page.locator('.attract h1').waitFor()
    return page
  }

  const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollHeight - innerHeight)

  for (const [name, viewport] of SCREENS) {
    it(`fits the attract screen in ${name} without scrolling, keeps submit in view, and comes back at the top`, async () => {
      const page = await tablet(viewport)
      expect(await overflow(page)).toBeLessThanOrEqual(0)
      expect(await page.getByRole('button', { name: '很满意' }).isVisible()).toBe(true)
      expect(await seriousViolations(page)).toEqual([])

      await page.locator('button.entry[data-kind="complaint"]').click()
      const submit = page.getByRole('button', { name: '提交' })
      const box = (await submit.boundingBox())!
      expect(box.y + box.height).toBeLessThanOrEqual(viewport.height)
      await page.mouse.wheel(0, 2000)
      await page.getByRole('button', { name: '取消，返回首页' }).click()
      await page.locator('.attract h1').waitFor()
      expect(await page.evaluate(() => scrollY)).toBe(0)
      expect(await overflow(page)).toBeLessThanOrEqual(0)
      await page.context().close()
    })
  }

  it('asks 还在吗？ with a countdown before the idle reset, and a touch keeps the form', async () => {
    const page = await tablet({ width: 1280, height: 800 }, 12)
    await page.locator('button.entry[data-kind="suggestion"]').click()
    await page.getByLabel('具体情况').fill('希望增加座位。')
    const warning = page.getByRole('alertdialog', { name: '还在吗？' })
    await warning.waitFor({ timeout: 20_000 })
    expect(await warning.textContent()).toMatch(/\d+ 秒后返回首页/)
    expect(await seriousViolations(page)).toEqual([])
    await page.getByRole('button', { name: '我还在，继续填写' }).click()
    await warning.waitFor({ state: 'detached' })
    expect(await page.getByLabel('具体情况').inputValue()).toBe('希望增加座位。')
    // Left alone, the form goes after the countdown.
    await warning.waitFor({ timeout: 20_000 })
    await page.locator('.attract h1').waitFor({ timeout: 20_000 })
    await page.context().close()
  })

  it('offers the own phone, anonymously, before a report at the counter', async () => {
    const page = await tablet({ width: 800, height: 1280 })
    await page.locator('button.entry[data-kind="report"]').click()
    await page.getByRole('heading', { name: '用自己的手机匿名举报更安全' }).waitFor()
    expect(await page.locator('svg.qr').getAttribute('data-qr')).toContain(`/s/${STORE}?v=k&kind=report`)
    expect(await seriousViolations(page)).toEqual([])
    await page.getByRole('button', { name: '仍在平板上填写' }).click()
    expect(await page.getByLabel('举报', { exact: true }).isChecked()).toBe(true)
    await page.context().close()
  })

  it('records one tap on a face as a kiosk rating, and offers the complaint form after a low one', async () => {
    const page = await tablet({ width: 1280, height: 800 })
    await page.getByRole('button', { name: '满意', exact: true }).click()
    await page.getByText('谢谢您的评价').waitFor()
    await expect.poll(async () => db.get("SELECT COUNT(*) AS n FROM ratings WHERE channel = 'kiosk' AND score = 3")).toEqual({ n: 1 })
    await page.context().close()

    const low = await tablet({ width: 1280, height: 800 })
    await low.getByRole('button', { name: '很不满意' }).click()
    expect(await low.getByLabel('投诉', { exact: true }).isChecked()).toBe(true)
    await low.context().close()
  })

  it('shows the notices’ English text in English mode', async () => {
    const page = await tablet(SCREENS[0][1])
    await page.getByRole('button', { name: 'English' }).click()
    // The notices take turns; the first is the compliance notice, in its English text.
    await page.locator('.attract .notice h3').getByText('What sales staff must do').waitFor()
    expect(await page.locator('.attract .notice').textContent()).not.toContain('销售人员')
    await page.context().close()
  })

  it('gives the next person Chinese: English left on the attract screen goes back when idle, and a restart starts in Chinese', async () => {
    const page = await tablet(SCREENS[0][1], 5)
    // The language switch offers the other language: English while the screen is in Chinese.
    const toEnglish = page.getByRole('button', { name: 'English' })
    const toChinese = page.getByRole('button', { name: '中文' })
    await toEnglish.click()
    await toChinese.waitFor()
    // Nobody touches it: back to Chinese after the idle time.
    await toEnglish.waitFor({ timeout: 15_000 })
    await toEnglish.click()
    await toChinese.waitFor()
    await page.reload()
    await page.locator('.attract h1').waitFor()
    await toEnglish.waitFor()
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-CN')
    await page.context().close()
  })
})
