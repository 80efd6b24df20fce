// A supervisor's evidence photos from a phone (360 × 740), in real Chromium
// against the real server (issue 15): a failed item photographed twice
// without network waits on the phone with its visit, survives the page
// being reloaded offline, and arrives once when the network is back:
// one visit, two photos, nothing of the phone's EXIF kept; the inspection
// case in the inbox shows them, and the store page shows them under the item.
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openDatabase, type Database } from '../../server/db/database.ts'
import { DB_FILE } from '../../server/open-data.ts'
import { mediaFile } from '../../server/photos/media-store.ts'
import { seriousViolations } from '../helpers/axe.ts'
import { launchBrowser } from '../helpers/browser.ts'
import { logInToConsole } from '../helpers/console-login.ts'
import { metadataOf, PHONE_MAKE, phoneJpeg } from '../helpers/photos.ts'
import { staffHeaders, startServer, type RunningServer } from '../helpers/server.ts'

const ADMIN_PASSWORD = 'e2e-admin-password'
const SUPERVISOR = { username: 'sup-photos', password: 'sup-photos-password' }
const STORE = '44010002'
const FINDING = '柜台放着赊账记录本，已拍照'

// A shared two-core machine can be slow: generous limits, never timed assertions.
describe('a supervisor’s photos from a phone', { timeout: 180_000 }, () => {
  let server: RunningServer
  let browser: Browser
  let db: Database

  beforeAll(async () => {
    ;[server, browser] = await Promise.all([startServer({ ADMIN_PASSWORD }), launchBrowser()])
    db = await openDatabase(join(server.dataDir, DB_FILE))
    const staff = { ...(await staffHeaders(server, ADMIN_PASSWORD)), 'content-type': 'application/json' }
    const created = await fetch(`${server.url}/api/admin/users`, {
      method: 'POST',
      headers: staff,
      body: JSON.stringify({ ...SUPERVISOR, role: 'supervisor', districts: ['东城区'] }),
    })
    expect(created.status).toBe(201)
  })
  afterAll(async () => {
    await browser?.close()
    await db?.close()
    expect(await server?.stop()).toBe(0)
  })

  const stored = async () => ({
    visits: (await db.all<{ id: string }>('SELECT id FROM visits WHERE store_code = ?', [STORE])).map((v) => v.id),
    photos: await db.all<{ id: string; ownerId: string; itemId: string; contentHash: string; width: number; height: number }>(
      `SELECT id, owner_id AS ownerId, item_id AS itemId, content_hash AS contentHash, width, height FROM photos
       WHERE owner_type = 'visit' ORDER BY created_at, id`,
    ),
  })

  it('fails an item with two photos offline, keeps them across a reload, and the server has the visit and the photos once', async () => {
    const phone = await browser.newContext({ viewport: { width: 360, height: 740 }, locale: 'zh-CN', isMobile: true, hasTouch: true })
    const page = await phone.newPage()
    const posts: string[] = []
    page.on('response', (r) => {
      if (r.request().method() === 'POST' && r.url().includes('/api/admin/visits')) posts.push(`${new URL(r.url()).pathname.replace(/[0-9a-f-]{36}/, ':id')} ${r.status()}`)
    })
    await logInToConsole(page, server.url, SUPERVISOR.username, SUPERVISOR.password)
    await page.goto(`${server.url}/staff/field/visit/${STORE}`)
    await page.getByRole('heading', { name: `走访站点 ${STORE}` }).waitFor()

    // In the basement: no network from here on.
    await phone.setOffline(true)
    const item = page.getByRole('group', { name: '无赊账销售' })
    await item.getByLabel('不合格').check()
    await item.getByLabel('情况说明').fill(FINDING)
    const photos = [await phoneJpeg({ colour: '#1e8449' }), await phoneJpeg({ colour: '#2471a3' })]
    await item.getByLabel('添加照片').setInputFiles(photos.map((buffer, i) => ({ name: `IMG_00${i + 1}.jpg`, mimeType: 'image/jpeg', buffer })))
    await expect.poll(() => item.locator('.photo-thumbs img').count(), { timeout: 15_000 }).toBe(2)
    for (const img of await item.locator('.photo-thumbs img').all()) {
      await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.naturalWidth), { timeout: 10_000 }).toBeGreaterThan(0)
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360)
    expect(await seriousViolations(page)).toEqual([])
    await page.getByRole('button', { name: '提交走访记录' }).click()
    await page.getByText('已保存在本机，联网后自动发送（含照片 2 张）').waitFor()

    // The supervisor reloads while still offline: the page is gone, the outbox is not.
    await page.reload().catch(() => undefined)
    expect((await stored()).visits).toEqual([])

    // Back above ground: the field page sends the visit, then its photos.
    await phone.setOffline(false)
    await page.goto(`${server.url}/staff/field`)
    await page.getByRole('heading', { name: '待复查' }).waitFor()
    await expect.poll(async () => (await stored()).photos.length, { timeout: 30_000 }).toBe(2)
    await page.getByText(FINDING).first().waitFor()
    await expect.poll(() => page.locator('.outbox-line').count(), { timeout: 15_000 }).toBe(0)

    // Opened again: nothing left to send, nothing sent twice.
    await page.reload()
    await page.getByRole('heading', { name: '待复查' }).waitFor()
    const { visits, photos: kept } = await stored()
    expect(visits).toHaveLength(1)
    expect(kept).toHaveLength(2)
    expect(kept.map((p) => [p.ownerId, p.itemId])).toEqual([[visits[0], 'no_credit'], [visits[0], 'no_credit']])
    expect(posts.filter((p) => p.endsWith('/visits 201'))).toHaveLength(1)
    expect(posts.filter((p) => p.endsWith('/photos 201'))).toHaveLength(2)
    for (const p of kept) {
      // Turned upright on the phone (the EXIF said "a quarter to the right"), and nothing of the phone's EXIF kept.
      expect({ width: p.width, height: p.height }).toEqual({ width: 300, height: 400 })
      const file = await readFile(mediaFile(server.dataDir, p.contentHash))
      expect(file.includes(PHONE_MAKE)).toBe(false)
      expect(await metadataOf(file)).toMatchObject({ format: 'jpeg', exif: undefined, icc: undefined, xmp: undefined, orientation: undefined })
    }

    // The inspection case in the inbox shows the item's photos, and opens them full size.
    await page.goto(`${server.url}/staff/cases?channel=inspection`)
    await page.getByText(FINDING).first().waitFor()
    const { caseId } = (await db.get<{ caseId: string }>('SELECT case_id AS caseId FROM visit_results WHERE visit_id = ? AND item_id = ?', [visits[0], 'no_credit']))!
    await page.goto(`${server.url}/staff/cases/${caseId}`)
    const casePhotos = page.locator('.case-photos img')
    await expect.poll(() => casePhotos.count(), { timeout: 15_000 }).toBe(2)
    for (const img of await casePhotos.all()) {
      await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.naturalWidth), { timeout: 10_000 }).toBe(300)
    }
    const caseLinks = await page.getByRole('link', { name: /打开照片/ }).evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname))
    expect(caseLinks.sort()).toEqual(kept.map((p) => `/api/admin/photos/${p.id}`).sort())

    // The store page shows them under the item, on the visit that found it.
    await page.getByRole('link', { name: '查看发现此问题的走访' }).click()
    await page.getByRole('heading', { name: '无赊账销售的照片' }).waitFor()
    await expect.poll(() => page.locator(`#visit-${visits[0]} .visit-photos img`).count(), { timeout: 15_000 }).toBe(2)
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360)
    await phone.close()
  })

  it('says honestly when the visit is sent but a photo of the visit still waits on the phone, and sends it later once', async () => {
    const phone = await browser.newContext({ viewport: { width: 360, height: 740 }, locale: 'zh-CN', isMobile: true, hasTouch: true })
    const page = await phone.newPage()
    await logInToConsole(page, server.url, SUPERVISOR.username, SUPERVISOR.password)
    await page.goto(`${server.url}/staff/field/visit/${STORE}`)
    await page.getByRole('heading', { name: `走访站点 ${STORE}` }).waitFor()
    const before = await stored()
    // The visit gets through; the network drops before its photo does.
    await page.route('**/api/admin/visits/*/photos', (route) => route.abort('internetdisconnected'))
    await page.getByRole('group', { name: '走访照片（可选）' }).getByLabel('添加照片').setInputFiles({ name: 'front.jpg', mimeType: 'image/jpeg', buffer: await phoneJpeg({ colour: '#884ea0' }) })
    await expect.poll(() => page.locator('.photo-thumbs img').count(), { timeout: 15_000 }).toBe(1)
    await page.getByRole('button', { name: '提交走访记录' }).click()
    await page.getByText('走访已发送；照片 1 张已保存在本机，联网后自动发送').waitFor()
    await page.getByRole('link', { name: '返回现场工作' }).click()
    await page.getByText(`站点 ${STORE}：走访已发送，照片 1 张尚未发送`).waitFor()
    expect((await stored()).visits).toHaveLength(before.visits.length + 1)
    expect((await stored()).photos).toHaveLength(before.photos.length)

    await page.unroute('**/api/admin/visits/*/photos')
    await page.reload()
    await expect.poll(async () => (await stored()).photos.length, { timeout: 30_000 }).toBe(before.photos.length + 1)
    await expect.poll(() => page.locator('.outbox-line').count(), { timeout: 15_000 }).toBe(0)
    await page.reload()
    await page.getByRole('heading', { name: '待复查' }).waitFor()
    const after = await stored()
    expect(after.photos).toHaveLength(before.photos.length + 1)
    expect(after.photos.at(-1)).toMatchObject({ ownerId: after.visits.find((v) => !before.visits.includes(v)), itemId: '' })
    await phone.close()
  })
})
