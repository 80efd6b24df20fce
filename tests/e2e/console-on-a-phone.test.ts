// "The console on a phone" (issue 10): every console page of the staff
// router, opened at 360 × 740 by an admin and by a supervisor, fits the
// screen (nothing scrolls sideways) and axe-core finds no serious or
// critical issue on it. Detail pages are opened on real records.
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { chinaDate } from '../../shared/china-time.ts'
import type { Role } from '../../shared/enums.ts'
import type { CaseDetail } from '../../shared/staff-types.ts'
import { STAFF_ROUTES } from '../../kiosk/pages/staff/routes.tsx'
import { seriousViolations } from '../helpers/axe.ts'
import { launchBrowser } from '../helpers/browser.ts'
import { logInToConsole } from '../helpers/console-login.ts'
import { staffHeaders, startServer, type RunningServer } from '../helpers/server.ts'
import { feedbackBody } from '../helpers/test-app.ts'

const ADMIN_PASSWORD = 'e2e-admin-password'
const SUPERVISOR = { username: 'sup-phone', password: 'sup-phone-password' }
const STORE = '44010001'
const WIDTH = 360

describe('the console on a phone', () => {
  let server: RunningServer
  let browser: Browser
  const params: Record<string, string> = { code: STORE, tab: 'stores' }

  beforeAll(async () => {
    ;[server, browser] = await Promise.all([startServer({ ADMIN_PASSWORD }), launchBrowser()])
    const staff = { ...(await staffHeaders(server, ADMIN_PASSWORD)), 'content-type': 'application/json' }
    const send = async (path: string, body: unknown) => {
      const res = await fetch(`${server.url}${path}`, {
        method: 'POST',
        headers: staff,
        body: JSON.stringify(body),
      })
      expect(res.status, path).toBe(201)
      return (await res.json()) as { id: string | number }
    }
    await send('/api/admin/users', { ...SUPERVISOR, role: 'supervisor', districts: ['东城区'] })
    const body = feedbackBody({ storeCode: STORE, createdAt: new Date().toISOString() })
    const submitted = await fetch(`${server.url}/api/feedback`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })
    expect(submitted.status).toBe(201)
    params.caseId = body.id
    params.campaignId = String((await send('/api/admin/campaigns', { name: '站点规范经营专项治理', from: '2026-01-01', to: '2099-12-31', districts: ['东城区'] })).id)
    params.riskId = String(
      (
        await send('/api/admin/risks', {
          title: '赊账销售引发纠纷',
          description: '站点为熟客赊账，欠款纠纷后投诉。',
          level: 'high',
          owner: '市场管理部',
          controls: '检查表逐项检查；专管员每月走访。',
          reviewBy: '2027-03-31',
          categoryIds: ['sale_on_credit', 'service_attitude'],
        })
      ).id,
    )
    params.eventId = String(
      (await send('/api/admin/events', { title: '站点夜间向未成年人售彩', occurredOn: '2026-11-20', storeCodes: [STORE], caseIds: [body.id], followUp: '约谈业主。' })).id,
    )
  })
  afterAll(async () => {
    await browser?.close()
    expect(await server?.stop()).toBe(0)
  })

  /** A route's path with its parameters filled in from the records made above. */
  const urlOf = (path: string) =>
    path
      .replace('/cases/:id', `/cases/${params.caseId}`)
      .replace('/campaigns/:id', `/campaigns/${params.campaignId}`)
      .replace('/risks/:id', `/risks/${params.riskId}`)
      .replace('/events/:id', `/events/${params.eventId}`)
      .replace(/:(\w+)/g, (_, name: string) => params[name]!)

  async function overflowAndViolations(page: Page, path: string): Promise<string[]> {
    await page.goto(`${server.url}${path}`, { waitUntil: 'networkidle' })
    await page.locator('main').waitFor()
    await page.getByText('正在加载…').waitFor({ state: 'detached' })
    // A page that has not drawn its content yet would pass trivially.
    expect(await page.locator('main').innerText(), path).not.toBe('')
    const problems: string[] = []
    const width = await page.evaluate(() => document.scrollingElement!.scrollWidth)
    if (width > WIDTH + 1) {
      const wide = await page.evaluate(
        (w) =>
          [...document.querySelectorAll('main *')]
            .filter((el) => el.getBoundingClientRect().right > w + 1)
            .slice(0, 3)
            .map((el) => `${el.tagName.toLowerCase()}.${el.className}`),
        WIDTH,
      )
      problems.push(`${path}: ${width} px wide (${wide.join(', ')})`)
    }
    problems.push(...(await seriousViolations(page)).map((v) => `${path}: ${v}`))
    return problems
  }

  for (const [who, role, username, password] of [
    ['an admin', 'admin', 'admin', ADMIN_PASSWORD],
    ['a supervisor', 'supervisor', SUPERVISOR.username, SUPERVISOR.password],
  ] as const) {
    it(`fits every page ${who} can open into 360 px, with no serious accessibility issue`, async () => {
      const phone = await browser.newContext({ viewport: { width: WIDTH, height: 740 }, locale: 'zh-CN', isMobile: true, hasTouch: true })
      const page = await phone.newPage()
      await logInToConsole(page, server.url, username, password)
      const paths = STAFF_ROUTES.filter((r) => r.roles.includes(role as Role)).map((r) => urlOf(r.path))
      expect(paths).toContain('/staff/risks')
      const problems: string[] = []
      for (const path of paths) problems.push(...(await overflowAndViolations(page, path)))
      await phone.close()
      expect(problems).toEqual([])
    }, 300_000)
  }

  it('lets an admin edit and retire a risk on a phone, and shows who changed what in its history', async () => {
    const phone = await browser.newContext({ viewport: { width: WIDTH, height: 740 }, locale: 'zh-CN', isMobile: true, hasTouch: true })
    const page = await phone.newPage()
    await logInToConsole(page, server.url, 'admin', ADMIN_PASSWORD)
    await page.goto(`${server.url}/staff/risks`)
    await page.getByRole('link', { name: '赊账销售引发纠纷' }).click()
    const form = page.locator('form', { has: page.getByRole('heading', { name: '修改风险' }) })
    await form.getByLabel('等级').selectOption('medium')
    await form.getByLabel('控制措施').fill('每季度抽查一次。')
    // Linked categories are ticked by name, not typed as ids.
    expect(await form.getByLabel('赊账销售').isChecked()).toBe(true)
    await form.getByLabel('服务态度差').uncheck()
    await form.getByLabel('出票不规范').check()
    await form.getByRole('button', { name: '保存' }).click()
    await page.getByRole('status').getByText('已保存为第 2 版').waitFor()
    const saved = await fetch(`${server.url}/api/admin/risks/${params.riskId}`, { headers: await staffHeaders(server, ADMIN_PASSWORD) })
    expect(((await saved.json()) as { categoryIds: string[] }).categoryIds.sort()).toEqual(['sale_on_credit', 'ticket_irregularities'])
    const history = page.getByRole('region', { name: '修改历史' })
    await history.getByText('第 2 版 · admin', { exact: false }).waitFor()
    await history.getByText('等级: 高 → 中').waitFor()
    await history.getByText('控制措施: 检查表逐项检查；专管员每月走访。 → 每季度抽查一次。').waitFor()

    await form.getByLabel('状态').selectOption('retired')
    await form.getByRole('button', { name: '保存' }).click()
    await page.getByRole('status').getByText('已保存为第 3 版').waitFor()
    await history.getByText('状态: 在用 → 已停用').waitFor()
    expect(await page.evaluate(() => document.scrollingElement!.scrollWidth)).toBeLessThanOrEqual(WIDTH + 1)
    expect(await seriousViolations(page)).toEqual([])
    await phone.close()

    const supervisorPhone = await browser.newContext({ viewport: { width: WIDTH, height: 740 }, locale: 'zh-CN', isMobile: true, hasTouch: true })
    const sup = await supervisorPhone.newPage()
    await logInToConsole(sup, server.url, SUPERVISOR.username, SUPERVISOR.password)
    await sup.goto(`${server.url}/staff/risks/${params.riskId}`)
    await sup.getByRole('region', { name: '修改历史' }).getByText('状态: 在用 → 已停用').waitFor()
    expect(await sup.getByRole('heading', { name: '修改风险' }).count()).toBe(0)
    await supervisorPhone.close()
  }, 120_000)

  it('records a case as an event from the case page, which then names both its events', async () => {
    const phone = await browser.newContext({ viewport: { width: WIDTH, height: 740 }, locale: 'zh-CN', isMobile: true, hasTouch: true })
    const page = await phone.newPage()
    await logInToConsole(page, server.url, 'admin', ADMIN_PASSWORD)
    await page.goto(`${server.url}/staff/cases/${params.caseId}`)
    const events = page.getByRole('region', { name: '事件库' })
    await events.getByRole('link', { name: '站点夜间向未成年人售彩' }).waitFor()
    await events.getByRole('link', { name: '记录为事件' }).click()
    // The form starts with the case, its store and the day it came in, the title to type.
    const form = page.locator('form', { has: page.getByRole('heading', { name: '记录事件' }) })
    expect(await form.getByLabel('关联案件').inputValue()).toBe(params.caseId)
    expect(await form.getByLabel('涉及站点').inputValue()).toBe(STORE)
    const detail = await fetch(`${server.url}/api/admin/feedback/${params.caseId}`, { headers: await staffHeaders(server, ADMIN_PASSWORD) })
    const { receivedAt } = ((await detail.json()) as CaseDetail).case
    expect(await form.getByLabel('发生日期').inputValue()).toBe(chinaDate(receivedAt))
    expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('title')
    await page.keyboard.type('店员拒绝兑付小额奖金')
    await form.getByRole('button', { name: '保存' }).click()
    await page.getByRole('heading', { name: '店员拒绝兑付小额奖金' }).waitFor()
    await page.getByRole('link', { name: params.caseId!.slice(0, 8) }).click()
    await events.getByRole('link', { name: '店员拒绝兑付小额奖金' }).waitFor()
    await events.getByRole('link', { name: '站点夜间向未成年人售彩' }).waitFor()
    expect(await page.evaluate(() => document.scrollingElement!.scrollWidth)).toBeLessThanOrEqual(WIDTH + 1)
    await phone.close()

    // A supervisor sees the events of their store on the case, and records none.
    const supervisorPhone = await browser.newContext({ viewport: { width: WIDTH, height: 740 }, locale: 'zh-CN', isMobile: true, hasTouch: true })
    const sup = await supervisorPhone.newPage()
    await logInToConsole(sup, server.url, SUPERVISOR.username, SUPERVISOR.password)
    await sup.goto(`${server.url}/staff/cases/${params.caseId}`)
    const supEvents = sup.getByRole('region', { name: '事件库' })
    await supEvents.getByRole('link', { name: '店员拒绝兑付小额奖金' }).waitFor()
    expect(await supEvents.getByRole('link', { name: '记录为事件' }).count()).toBe(0)
    await supervisorPhone.close()
  }, 120_000)
})
