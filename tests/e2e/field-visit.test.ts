// A supervisor on a phone (360 × 740) in a basement store: starts the visit
// by photographing the store's poster QR code (an image file stands in for
// the camera), fills the checklist without network, goes back online, and
// finds the failed item as an inspection case in the inbox.
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import QRCode from 'qrcode'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { seriousViolations } from '../helpers/axe.ts'
import { launchBrowser } from '../helpers/browser.ts'
import { logInToConsole } from '../helpers/console-login.ts'
import { staffHeaders, startServer, type RunningServer } from '../helpers/server.ts'

const ADMIN_PASSWORD = 'e2e-admin-password'
const SUPERVISOR = { username: 'sup-field', password: 'sup-field-password' }
const STORE = '44010002'
const FINDING = '柜台放着赊账记录本'

describe('a supervisor’s visit from a phone', () => {
  let server: RunningServer
  let browser: Browser
  let dir: string
  let qrImage: string

  beforeAll(async () => {
    ;[server, browser] = await Promise.all([startServer({ ADMIN_PASSWORD }), launchBrowser()])
    const staff = { ...(await staffHeaders(server, ADMIN_PASSWORD)), 'content-type': 'application/json' }
    const created = await fetch(`${server.url}/api/admin/users`, {
      method: 'POST',
      headers: staff,
      body: JSON.stringify({ ...SUPERVISOR, role: 'supervisor', districts: ['东城区'] }),
    })
    expect(created.status).toBe(201)
    const campaign = await fetch(`${server.url}/api/admin/campaigns`, {
      method: 'POST',
      headers: staff,
      body: JSON.stringify({ name: '站点规范经营专项治理', from: '2026-01-01', to: '2099-12-31', districts: ['东城区'] }),
    })
    expect(campaign.status).toBe(201)
    // The poster's QR code: the store's public URL with a poster version.
    dir = await mkdtemp(join(tmpdir(), 'storevoice-qr-'))
    qrImage = join(dir, 'poster.png')
    await writeFile(qrImage, await QRCode.toBuffer(`${server.url}/s/${STORE}?v=3f9a`, { errorCorrectionLevel: 'M', margin: 4, scale: 8 }))
  })
  afterAll(async () => {
    await browser?.close()
    await rm(dir, { recursive: true, force: true })
    expect(await server?.stop()).toBe(0)
  })

  it('scans the poster, inspects offline, sends when back online, and the case is in the inbox', async () => {
    const phone = await browser.newContext({ viewport: { width: 360, height: 740 }, locale: 'zh-CN', isMobile: true, hasTouch: true })
    const page = await phone.newPage()
    await logInToConsole(page, server.url, SUPERVISOR.username, SUPERVISOR.password)
    // Nothing of the console is wider than the phone.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360)

    await page.getByRole('navigation', { name: '工作台导航' }).getByRole('link', { name: '现场工作' }).click()
    await page.getByRole('heading', { name: '现场工作' }).waitFor()
    await page.getByRole('heading', { name: '我的站点（最久未走访在前）' }).waitFor()
    await page.getByText('从未走访').first().waitFor()
    expect(await seriousViolations(page)).toEqual([])
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360)

    await page.getByLabel('扫描站点二维码').setInputFiles(qrImage)
    await page.getByRole('heading', { name: `走访站点 ${STORE}` }).waitFor()
    expect(await seriousViolations(page)).toEqual([])

    await phone.setOffline(true)
    const item = page.getByRole('group', { name: '无赊账销售' })
    await item.getByLabel('不合格').check()
    await item.getByLabel('情况说明').fill(FINDING)
    await page.getByRole('group', { name: '监控摄像头正常工作' }).getByLabel('当场整改').check()
    await page.getByRole('button', { name: '提交走访记录' }).click()
    await page.getByText('已保存在本机，联网后自动发送').waitFor()

    await phone.setOffline(false)
    const sent = page.waitForResponse((r) => r.url().endsWith('/api/admin/visits') && r.request().method() === 'POST')
    await page.getByRole('link', { name: '返回现场工作' }).click()
    const answer = await sent
    expect(answer.status()).toBe(201)
    const caseId = ((await answer.json()) as { casesCreated: string[] }).casesCreated[0]
    expect(caseId).toBeTruthy()
    // The store now has a visit: it is no longer "never visited" and the failure waits for a re-check.
    await page.getByRole('heading', { name: '待复查' }).waitFor()
    await page.getByText(FINDING).first().waitFor()

    await page.goto(`${server.url}/staff/cases?channel=inspection`)
    await page.getByText(FINDING).first().waitFor()
    // The case page names the channel and links the visit, which the store page lists.
    await page.goto(`${server.url}/staff/cases/${caseId}`)
    await page.getByText('专管员检查').first().waitFor()
    await page.getByRole('link', { name: '查看发现此问题的走访' }).click()
    await page.getByRole('heading', { name: '走访记录' }).waitFor()
    await page.getByText('不合格 1 项，当场整改 1 项').waitFor()
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360)

    // The campaign's progress counts the visit: 1 of the district's 7 stores inspected, 1 item failed.
    await page.goto(`${server.url}/staff/campaigns`)
    await page.getByRole('link', { name: '站点规范经营专项治理' }).click()
    await page.getByRole('heading', { name: '站点规范经营专项治理' }).waitFor()
    const tiles = page.locator('dl.tiles')
    await tiles.getByText('1 (14%)').waitFor()
    expect(await tiles.textContent()).toContain('当场整改1')
    expect(await seriousViolations(page)).toEqual([])
    await phone.close()
  })
})
