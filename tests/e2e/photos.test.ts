// Evidence photos in real Chromium against the real server (issue 15): a
// phone photo with GPS in its EXIF sent from the buyer page arrives with
// no metadata at all; staff see it on the case; photos taken offline wait
// in the outbox with their submission across a reload and arrive once.
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Browser, BrowserContextOptions, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openDatabase, type Database } from '../../server/db/database.ts'
import { DB_FILE } from '../../server/open-data.ts'
import { mediaFile } from '../../server/photos/media-store.ts'
import { receiptFromId } from '../../shared/receipt.ts'
import { launchBrowser } from '../helpers/browser.ts'
import { logInToConsole } from '../helpers/console-login.ts'
import { openLink, type Link } from '../helpers/link.ts'
import { metadataOf, PHONE_MAKE, phoneJpeg } from '../helpers/photos.ts'
import { startServer, type RunningServer } from '../helpers/server.ts'

const STORE = '44010001'
const PASSWORD = 'photos-e2e-password'
const PHONE: BrowserContextOptions = { viewport: { width: 360, height: 740 }, locale: 'zh-CN', isMobile: true, hasTouch: true }

interface StoredPhoto {
  id: string
  contentHash: string
  width: number
  height: number
}

// A shared two-core machine can be slow: generous limits, never timed assertions.
describe('evidence photos in the browser', { timeout: 120_000 }, () => {
  let server: RunningServer
  let browser: Browser
  let db: Database
  let link: Link

  beforeAll(async () => {
    ;[server, browser] = await Promise.all([startServer({ ADMIN_PASSWORD: PASSWORD, MIN_FILL_MS: '0' }), launchBrowser()])
    db = await openDatabase(join(server.dataDir, DB_FILE))
    link = await openLink(server.url)
  })
  afterAll(async () => {
    await link?.close()
    await browser?.close()
    await db?.close()
    expect(await server?.stop()).toBe(0)
  })

  const photosOf = (receipt: string) =>
    db.all<StoredPhoto>(
      `SELECT p.id, p.content_hash AS contentHash, p.width, p.height FROM photos p JOIN feedback f ON f.id = p.owner_id
       WHERE p.owner_type = 'feedback' AND f.receipt = ? ORDER BY p.created_at, p.id`,
      [receipt],
    )

  async function fillComplaint(page: Page, message: string, photos: Buffer[]) {
    await page.getByLabel('问题类别').selectOption('service_attitude')
    await page.getByLabel('具体情况').fill(message)
    await page.getByLabel('添加照片').setInputFiles(photos.map((buffer, i) => ({ name: `IMG_000${i + 1}.jpg`, mimeType: 'image/jpeg', buffer })))
    await expect.poll(() => page.locator('.photo-thumbs img').count(), { timeout: 15_000 }).toBe(photos.length)
    // Each thumbnail really shows the shrunken picture.
    for (const img of await page.locator('.photo-thumbs img').all()) {
      await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.naturalWidth), { timeout: 10_000 }).toBeGreaterThan(0)
    }
    await page.getByRole('button', { name: '提交' }).click()
    return (await page.locator('.receipt-code').getAttribute('data-receipt'))!
  }

  it('sends a phone photo from the store page that is stored with no EXIF, and shows it to staff on the case', async () => {
    const ctx = await browser.newContext(PHONE)
    const page = await ctx.newPage()
    await page.goto(`${server.url}/s/${STORE}`)
    const original = await phoneJpeg({ width: 2400, height: 1800 })
    const receipt = await fillComplaint(page, '柜台上的禁止向未成年人售彩标识不见了。', [original])

    await expect.poll(async () => (await photosOf(receipt)).length, { timeout: 30_000 }).toBe(1)
    const [photo] = await photosOf(receipt)
    // Shrunk on the phone to 1,600 px, turned upright by its orientation tag.
    expect({ width: photo!.width, height: photo!.height }).toEqual({ width: 1200, height: 1600 })
    const stored = await readFile(mediaFile(server.dataDir, photo!.contentHash))
    expect(stored.includes(PHONE_MAKE)).toBe(false)
    const meta = await metadataOf(stored)
    expect([meta.exif, meta.icc, meta.xmp, meta.orientation]).toEqual([undefined, undefined, undefined, undefined])
    await ctx.close()

    const staff = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' })
    const console = await staff.newPage()
    const violations: string[] = []
    console.on('console', (m) => {
      if (/Content.Security.Policy/i.test(m.text())) violations.push(m.text())
    })
    await logInToConsole(console, server.url, 'admin', PASSWORD)
    const caseId = (await db.get<{ id: string }>('SELECT id FROM feedback WHERE receipt = ?', [receipt]))!.id
    await console.goto(`${server.url}/staff/cases/${caseId}`)
    const thumb = console.locator('.case-photos img')
    await expect.poll(() => thumb.evaluate((el: HTMLImageElement) => el.naturalWidth), { timeout: 15_000 }).toBe(1200)
    const [full] = await Promise.all([staff.waitForEvent('page'), console.getByRole('link', { name: /打开照片 1/ }).click()])
    await full.waitForLoadState()
    expect(full.url()).toBe(`${server.url}/api/admin/photos/${photo!.id}`)
    // Chromium shows an image opened on its own in an <img> of its own.
    await expect.poll(() => full.evaluate(() => document.images[0]?.naturalWidth ?? 0), { timeout: 15_000 }).toBe(1200)
    expect(violations).toEqual([])
    const views = await db.get<{ n: number }>("SELECT COUNT(*) AS n FROM audit_log WHERE action = 'photo_viewed' AND target = ?", [photo!.id])
    expect(views!.n).toBeGreaterThanOrEqual(2)
    await staff.close()

    // Nothing public serves it.
    expect((await fetch(`${server.url}/api/admin/photos/${photo!.id}`)).status).toBe(401)
  })

  it('offers photos on /report too, and the form still works without any', async () => {
    const ctx = await browser.newContext(PHONE)
    const page = await ctx.newPage()
    await page.goto(`${server.url}/s/${STORE}`)
    await page.getByLabel('问题类别').selectOption('service_attitude')
    await page.getByLabel('具体情况').fill('没有照片的投诉也能正常提交。')
    await page.getByRole('button', { name: '提交' }).click()
    const receipt = (await page.locator('.receipt-code').getAttribute('data-receipt'))!
    expect(await db.get('SELECT 1 AS ok FROM feedback WHERE receipt = ?', [receipt])).toEqual({ ok: 1 })
    await page.goto(`${server.url}/report`)
    await page.getByRole('link', { name: '不清楚是哪个站点' }).click()
    await page.getByLabel('添加照片').waitFor()
    await ctx.close()
  })

  it('keeps a submission with two photos in the outbox across a reload and delivers it exactly once', async () => {
    const ctx = await browser.newContext(PHONE)
    const page = await ctx.newPage()
    const answers: string[] = []
    ctx.on('response', (r) => {
      if (r.request().method() === 'POST' && r.url().includes('/api/feedback')) answers.push(`${new URL(r.url()).pathname.replace(/[0-9a-f-]{36}/, ':id')} ${r.status()}`)
    })
    // Through the link, cut for /api/feedback: page.route() would miss what the
    // page being reloaded sends as the reload commits (see tests/helpers/link.ts).
    await page.goto(`${link.url}/s/${STORE}`)
    // The network drops as the buyer sends.
    link.cut((req) => req.url!.startsWith('/api/feedback'))
    const photos = [await phoneJpeg({ colour: '#1e8449' }), await phoneJpeg({ colour: '#2471a3' })]
    const receipt = await fillComplaint(page, '离线时拍的两张照片：柜台脏乱。', photos)
    expect(await db.get('SELECT 1 AS ok FROM feedback WHERE receipt = ?', [receipt])).toBeUndefined()

    // Closed and opened again while still offline: the outbox keeps the submission and its photos.
    await page.reload()
    await page.getByLabel('具体情况').waitFor()
    const kept = await page.evaluate(
      () =>
        new Promise<number>((resolve, reject) => {
          const open = indexedDB.open('storevoice')
          open.onerror = () => reject(open.error)
          open.onsuccess = () => {
            const all = open.result.transaction('outbox').objectStore('outbox').getAll()
            all.onsuccess = () => resolve((all.result as { photos?: Blob[] }[]).reduce((n, r) => n + (r.photos?.length ?? 0), 0))
          }
        }),
    )
    expect(kept).toBe(2)

    // Back online, the buyer opens the page again: it delivers it. Closed
    // first, not reloaded: a retry round of the old page could otherwise
    // start as the link comes back and race the new page's, and a second
    // copy answers 200, not 201.
    await page.close()
    link.restore()
    const again = await ctx.newPage()
    await again.goto(`${link.url}/s/${STORE}`)
    await expect.poll(async () => (await photosOf(receipt)).length, { timeout: 30_000 }).toBe(2)
    await expect.poll(() => answers.filter((a) => a.endsWith(' 201')).length, { timeout: 15_000 }).toBe(3)
    // And once more: nothing is left to send.
    await again.reload()
    await again.locator('html[data-ready]').waitFor({ state: 'attached' })
    expect((await db.get<{ n: number }>('SELECT COUNT(*) AS n FROM feedback WHERE receipt = ?', [receipt]))!.n).toBe(1)
    expect(await photosOf(receipt)).toHaveLength(2)
    expect(answers.filter((a) => !a.endsWith(' 201'))).toEqual([])
    expect(answers.sort()).toEqual(['/api/feedback 201', '/api/feedback/:id/photos 201', '/api/feedback/:id/photos 201'])
    // The phone drew the receipt it showed offline, apart from the id.
    expect(receipt).not.toBe(receiptFromId((await db.get<{ id: string }>('SELECT id FROM feedback WHERE receipt = ?', [receipt]))!.id))
    await ctx.close()
  })
})
