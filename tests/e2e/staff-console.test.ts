// The daily follow-up in a real browser against the real server process: a
// supervisor logs in, filters the inbox to an overdue case of their district,
// takes it, answers it publicly, and the reporter reads the answer on /track.
// A viewer sees the numbers but no case text.
//
// Making a case overdue: its deadline counts from the server's receive time,
// so the test moves one case's due_at into the past in the server's SQLite
// file (the same durable file the server reads; WAL lets both open it)
// before the browser part, rather than waiting days or faking the clock.
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openDatabase } from '../../server/db/database.ts'
import { formatReceipt, newFeedbackId } from '../../shared/receipt.ts'
import { launchBrowser } from '../helpers/browser.ts'
import { staffHeaders, startServer, type RunningServer } from '../helpers/server.ts'
import { seriousViolations } from '../helpers/axe.ts'
import { logInToConsole } from '../helpers/console-login.ts'

const ADMIN_PASSWORD = 'e2e-admin-password'
const SUPERVISOR = { username: 'sup-e2e', password: 'sup-e2e-password' }
const VIEWER = { username: 'viewer-e2e', password: 'viewer-e2e-password' }
const OWN_STORE = '44010001'
const OTHER_STORE = '44020001'
const LATE_TEXT = '站点拒绝兑付中奖彩票，已经拖了两周。'
const FRESH_TEXT = '站点环境卫生较差，地面有烟头。'
const ELSEWHERE_TEXT = '另一个区的站点店员态度恶劣。'
const FOLLOW_UP = '整改后又发生了一次，请再核实。'
const REPLY = '您反映的情况已核实，站点已整改并受到通报批评。'

/** Logs in over HTTP and returns a caller that sends the session cookie and CSRF token. */
async function apiSession(server: RunningServer, username: string, password: string) {
  const staff = await staffHeaders(server, password, username)
  return async (method: string, path: string, body?: unknown) => {
    const r = await fetch(`${server.url}${path}`, {
      method,
      headers: { ...staff, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    if (!r.ok) throw new Error(`${method} ${path}: ${r.status} ${await r.text()}`)
    return r.json() as Promise<Record<string, unknown>>
  }
}

async function submit(base: string, storeCode: string, message: string, category: string, kind = 'complaint') {
  const res = await fetch(`${base}/api/feedback`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      id: newFeedbackId(),
      storeCode,
      kind,
      category,
      message,
      contact: { phone: '13812345678' },
      channel: 'qr',
      createdAt: new Date().toISOString(),
    }),
  })
  if (res.status !== 201) throw new Error(`submit: ${res.status} ${await res.text()}`)
  return (await res.json()) as { id: string; receipt: string }
}

const logIn = (page: Page, base: string, who: { username: string; password: string }) =>
  logInToConsole(page, base, who.username, who.password)

describe('the staff console', () => {
  let server: RunningServer
  let browser: Browser
  let late: { id: string; receipt: string }

  beforeAll(async () => {
    ;[server, browser] = await Promise.all([startServer({ ADMIN_PASSWORD }), launchBrowser()])
    const admin = await apiSession(server, 'admin', ADMIN_PASSWORD)
    const store = (await (await fetch(`${server.url}/api/stores/${OWN_STORE}`)).json()) as { district: string }
    await admin('POST', '/api/admin/users', { ...SUPERVISOR, role: 'supervisor', districts: [store.district] })
    await admin('POST', '/api/admin/users', { ...VIEWER, role: 'viewer' })

    late = await submit(server.url, OWN_STORE, LATE_TEXT, 'payout_refused')
    await submit(server.url, OWN_STORE, FRESH_TEXT, 'store_environment')
    await submit(server.url, OTHER_STORE, ELSEWHERE_TEXT, 'service_attitude')

    const db = await openDatabase(join(server.dataDir, 'storevoice.db'))
    await db.run('UPDATE feedback SET due_at = ? WHERE id = ?', [new Date(Date.now() - 3 * 86_400_000).toISOString(), late.id])
    await db.close()
  })
  afterAll(async () => {
    await browser?.close()
    expect(await server?.stop()).toBe(0)
  })

  it('a supervisor takes an overdue case of their district and the reporter reads the public reply', async () => {
    const desk = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'zh-CN' })
    const page = await desk.newPage()
    await logIn(page, server.url, SUPERVISOR)
    expect(await seriousViolations(page)).toEqual([])

    await page.getByRole('navigation', { name: '工作台导航' }).getByRole('link', { name: '案件' }).click()
    await page.locator('table.cases').waitFor()
    const inbox = page.locator('table.cases tbody')
    expect(await inbox.textContent()).toContain(FRESH_TEXT)
    expect(await inbox.textContent()).not.toContain(ELSEWHERE_TEXT)

    await page.getByRole('navigation', { name: '按状态筛选' }).getByRole('link', { name: /超期/ }).click()
    await page.waitForURL(/overdue=1/)
    await expect.poll(() => inbox.locator('tr').count()).toBe(1)
    // The filter is in the URL: a reload shows the same view.
    await page.reload()
    await expect.poll(() => page.locator('table.cases tbody tr').count()).toBe(1)
    const row = page.locator('table.cases tbody tr').first()
    expect(await row.textContent()).toContain(LATE_TEXT)
    expect(await row.textContent()).toContain('138****5678')
    expect(await row.locator('.overdue-flag').count()).toBe(1)
    expect(await seriousViolations(page)).toEqual([])

    await row.getByRole('link', { name: formatReceipt(late.receipt) }).click()
    await page.getByRole('button', { name: '由我承办' }).click()
    await page.locator(`dd[data-assignee="${SUPERVISOR.username}"]`).waitFor()

    await page.getByLabel('公开答复（反映人凭受理编号可见）').check()
    await page.getByLabel('内容', { exact: true }).fill(REPLY)
    await page.getByRole('button', { name: '发送答复' }).click()
    await page.locator('.timeline').getByText(REPLY).waitFor()
    expect(await page.locator('.timeline').textContent()).toContain(`分派给 ${SUPERVISOR.username}`)
    expect(await seriousViolations(page)).toEqual([])

    const phone = await browser.newContext({ viewport: { width: 360, height: 740 }, locale: 'zh-CN' })
    const reporter = await phone.newPage()
    await reporter.goto(`${server.url}/track/${late.receipt}`)
    await reporter.getByText(REPLY).waitFor()
    // The reporter answers back; the supervisor's inbox marks the case and the timeline has it.
    await reporter.getByLabel('补充情况').fill(FOLLOW_UP)
    await reporter.getByRole('button', { name: '发送' }).click()
    await reporter.getByText('已发送').waitFor()
    await phone.close()

    await page.getByRole('link', { name: '← 返回案件列表' }).click()
    await page.waitForURL(/overdue=1/)
    const marked = page.locator('table.cases tbody tr', { hasText: LATE_TEXT })
    await marked.locator('.updated-flag').waitFor()
    await marked.getByRole('link').first().click()
    const followUp = page.locator('.timeline li.reporter', { hasText: FOLLOW_UP })
    await followUp.waitFor()
    expect(await followUp.textContent()).toContain('反映人补充情况')
    await desk.close()
  })

  it('a viewer sees the dashboard charts but no case text, and no way to the cases', async () => {
    const desk = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'zh-CN' })
    const page = await desk.newPage()
    await logIn(page, server.url, VIEWER)
    await page.locator('figure.chart svg[role="img"]').first().waitFor()
    const nav = page.getByRole('navigation', { name: '工作台导航' })
    // Ratings are counts with no case or person behind them, so viewers have the ratings page too.
    expect(await nav.getByRole('link').allTextContents()).toEqual(['总览', '专项治理', '站点', '评价'])
    const body = (await page.locator('body').textContent())!
    for (const text of [LATE_TEXT, FRESH_TEXT, ELSEWHERE_TEXT]) expect(body).not.toContain(text)
    expect(await seriousViolations(page)).toEqual([])

    await nav.getByRole('link', { name: '站点', exact: true }).click()
    await page.locator(`table.stats tr[data-store="${OWN_STORE}"]`).waitFor()
    expect(await page.locator('body').textContent()).not.toContain(LATE_TEXT)

    await page.goto(`${server.url}/staff/cases`)
    await page.getByText('您的角色无权查看此页面').waitFor()

    await page.getByRole('button', { name: 'English' }).click()
    await page.getByText('Your role may not open this page').waitFor()
    expect(await page.getAttribute('html', 'lang')).toBe('en')
    await desk.close()
  })

  it('the open tile, its list and the inbox tab count the same cases, praise left out', async () => {
    await submit(server.url, OWN_STORE, '店员服务热情周到。', 'praise_service', 'praise')
    const desk = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'zh-CN' })
    const page = await desk.newPage()
    await logInToConsole(page, server.url, 'admin', ADMIN_PASSWORD)
    const tile = page.locator('dl.tiles .tile', { has: page.getByRole('link', { name: '未办结' }) })
    const shown = Number(await tile.locator('dd').textContent())
    expect(shown).toBeGreaterThan(0)
    await tile.getByRole('link').click()
    await page.waitForURL(/status=open/)
    await page.locator('table.cases').waitFor()
    await page.getByText(`共 ${shown} 件`).waitFor()
    const tab = page.getByRole('navigation', { name: '按状态筛选' }).getByRole('link', { name: /未办结/ })
    expect(await tab.locator('.count').textContent()).toBe(String(shown))
    expect(await tab.getAttribute('aria-current')).toBe('page')
    expect(await page.locator('table.cases tbody').textContent()).not.toContain('店员服务热情周到。')
    await desk.close()
  })

  it('an expired session sends the user back to the login with a message; logging out ends the session', async () => {
    const desk = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'zh-CN' })
    const page = await desk.newPage()
    await logIn(page, server.url, SUPERVISOR)
    // The dashboard's own requests answered first: one still on its way when
    // the cookie goes would meet the expiry before the click does.
    await page.waitForLoadState('networkidle')
    await desk.clearCookies()
    await page.getByRole('navigation', { name: '工作台导航' }).getByRole('link', { name: '案件' }).click()
    await page.getByText('登录已过期，请重新登录').waitFor()
    await page.getByLabel('用户名').fill(SUPERVISOR.username)
    await page.getByLabel('密码').fill(SUPERVISOR.password)
    await page.getByRole('button', { name: '登录' }).click()
    // Logging in again lands on the page that was asked for.
    await page.locator('table.cases').waitFor()

    await page.getByRole('button', { name: '退出登录' }).click()
    await page.getByLabel('用户名').waitFor()
    expect(await page.evaluate(async () => (await fetch('/api/auth/me')).status)).toBe(401)
    await desk.close()
  })
})
