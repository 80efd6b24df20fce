// The console's parts issues 11 and 12 were missing, in a real browser
// against the real server: the ratings view and its dashboard card, the
// audit log by name, bulk selection on the inbox and the reply-templates page.
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { newFeedbackId } from '../../shared/receipt.ts'
import { seriousViolations } from '../helpers/axe.ts'
import { launchBrowser } from '../helpers/browser.ts'
import { logInToConsole } from '../helpers/console-login.ts'
import { staffHeaders, startServer, type RunningServer } from '../helpers/server.ts'

const ADMIN_PASSWORD = 'e2e-admin-password'
const RATED = '44040001' // 北山区
const OTHER_RATED = '44050001' // 江滨区
const BULK_STORE = '44030002'

async function post(base: string, path: string, body: Record<string, unknown>) {
  const res = await fetch(`${base}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })
  if (res.status !== 201) throw new Error(`${path}: ${res.status}`)
  return res.json() as Promise<{ id: string; receipt: string }>
}

const submit = (base: string, message: string, storeCode = BULK_STORE) =>
  post(base, '/api/feedback', {
    id: newFeedbackId(),
    storeCode,
    kind: 'complaint',
    category: 'service_attitude',
    message,
    channel: 'qr',
    createdAt: new Date().toISOString(),
  })

describe('the console’s ratings, audit names, bulk actions and templates', () => {
  let server: RunningServer
  let browser: Browser
  let admin: BrowserContext

  const open = async (path: string, ctx = admin): Promise<Page> => {
    const page = await ctx.newPage()
    await page.goto(`${server.url}${path}`)
    await page.getByRole('navigation', { name: '工作台导航' }).waitFor()
    return page
  }

  beforeAll(async () => {
    ;[server, browser] = await Promise.all([startServer({ ADMIN_PASSWORD }), launchBrowser()])
    admin = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'zh-CN' })
    const page = await admin.newPage()
    await logInToConsole(page, server.url, 'admin', ADMIN_PASSWORD)
    await page.close()
  })
  afterAll(async () => {
    await browser?.close()
    expect(await server?.stop()).toBe(0)
  })

  it('shows the ratings per store and district with the share of positive answers, from a dashboard card, and filters them', async () => {
    for (const [storeCode, score] of [[RATED, 4], [RATED, 3], [OTHER_RATED, 1]] as const) {
      await post(server.url, '/api/ratings', { id: newFeedbackId(), storeCode, score, channel: 'qr', createdAt: new Date().toISOString() })
    }
    const page = await open('/staff')
    const card = page.locator('.tile', { hasText: '好评率（近 28 天）' })
    expect(await card.locator('dd').textContent()).toContain('67%')
    await card.getByRole('link').click()
    await page.getByRole('heading', { name: '一键评价' }).waitFor()
    const tiles = page.getByTestId('rating-tiles')
    await tiles.waitFor()
    expect(await tiles.locator('.tile', { hasText: '评价数' }).locator('dd').textContent()).toBe('3')
    expect(await tiles.locator('.tile', { hasText: '好评率' }).locator('dd').textContent()).toBe('67%')
    const rated = page.locator(`table.rating-stores tr[data-store="${RATED}"]`)
    expect(await rated.locator('[data-col="total"]').textContent()).toBe('2')
    expect(await rated.locator('[data-col="share"]').textContent()).toBe('100%')
    expect(await page.getByRole('img', { name: /^每周好评率（%）: \d{4}-\d\d-\d\d 67$/ }).count()).toBe(1)
    expect(await seriousViolations(page)).toEqual([])

    await page.getByLabel('区', { exact: true }).selectOption('江滨区')
    await page.getByRole('button', { name: '筛选' }).click()
    await page.locator(`table.rating-stores tr[data-store="${RATED}"]`).waitFor({ state: 'detached' })
    expect(await tiles.locator('.tile', { hasText: '好评率' }).locator('dd').textContent()).toBe('0%')
    expect(await page.locator(`table.rating-stores tr[data-store="${OTHER_RATED}"] [data-col="total"]`).textContent()).toBe('1')
    expect(new URL(page.url()).searchParams.get('district')).toBe('江滨区')
    await page.close()

    // On a 360 px phone the page fits its width.
    const phone = await browser.newContext({ viewport: { width: 360, height: 740 }, locale: 'zh-CN', storageState: await admin.storageState() })
    const small = await open('/staff/ratings', phone)
    await small.getByTestId('rating-tiles').waitFor()
    expect(await small.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360)
    await phone.close()
  })

  it('assigns two selected cases in one action, and shows which of a selection could not move and why', async () => {
    const cases = [await submit(server.url, '店员态度很差，一直在玩手机。'), await submit(server.url, '店员不给找零，态度恶劣。'), await submit(server.url, '排队时店员先给熟人出票。')]
    const page = await open(`/staff/cases?store=${BULK_STORE}`)
    const row = (i: number) => page.locator(`tr[data-case="${cases[i]!.id}"]`)
    await row(2).waitFor()
    await row(0).getByRole('checkbox').check()
    await row(1).getByRole('checkbox').check()
    await page.getByRole('heading', { name: '批量处理（已选 2 件）' }).waitFor()
    expect(await seriousViolations(page)).toEqual([])
    const bulk = page.locator('form.bulk')
    await bulk.getByLabel('操作').selectOption('assign')
    await bulk.getByLabel('承办人').selectOption('admin')
    await bulk.getByRole('button', { name: '执行' }).click()
    await page.getByText('完成 2 件，未完成 0 件').waitFor()
    // The list is loaded again: both show their handler and new status.
    await row(0).getByText('已分派').waitFor()
    await row(1).getByText('已分派').waitFor()
    expect(await row(2).getByText('已分派').count()).toBe(0)
    expect(await row(0).getByRole('checkbox').isChecked()).toBe(false)

    // All three to resolved: the two assigned may go, the new one may not.
    await page.getByRole('checkbox', { name: '全选本页' }).check()
    await page.getByRole('heading', { name: '批量处理（已选 3 件）' }).waitFor()
    await bulk.getByLabel('操作').selectOption('status')
    await bulk.getByLabel('新状态').selectOption('resolved')
    await bulk.getByRole('button', { name: '执行' }).click()
    await page.getByText('完成 2 件，未完成 1 件').waitFor()
    const failure = page.locator(`.bulk-result li[data-case="${cases[2]!.id}"]`)
    expect(await failure.textContent()).toContain('当前状态下不能进行此操作')
    await row(0).getByText('已办结').waitFor()
    await row(1).getByText('已办结').waitFor()

    // A rejection needs its reason, and then takes the one left.
    await row(2).getByRole('checkbox').check()
    await bulk.getByLabel('操作').selectOption('reject')
    await bulk.getByLabel('不予受理的理由').fill('重复反映')
    await bulk.getByRole('button', { name: '执行' }).click()
    await page.getByText('完成 1 件，未完成 0 件').waitFor()
    await row(2).getByText('不予受理').waitFor()
    await page.close()
  })

  it('offers for bulk assignment only who may take every selected case, and says why a case was refused', async () => {
    const districtOf = async (code: string) => ((await (await fetch(`${server.url}/api/stores/${code}`)).json()) as { district: string }).district
    const headers = { ...(await staffHeaders(server, ADMIN_PASSWORD)), 'content-type': 'application/json' }
    const send = (method: string, path: string, body: unknown) => fetch(`${server.url}${path}`, { method, headers, body: JSON.stringify(body) })
    const wangStore = '44010001'
    expect((await send('POST', '/api/admin/users', { username: 'wang', password: 'wang-e2e-password', role: 'supervisor', districts: [await districtOf(wangStore)] })).status).toBe(201)
    const inArea = await submit(server.url, '站点营业时间随意变动。', wangStore)
    const elsewhere = await submit(server.url, '店员拒绝出具购彩凭证。')

    const page = await open('/staff/cases')
    const bulk = page.locator('form.bulk')
    const offered = () => bulk.locator('#bulk-assignee option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value))
    await page.locator(`tr[data-case="${inArea.id}"]`).getByRole('checkbox').check()
    await bulk.getByLabel('操作').selectOption('assign')
    expect(await offered()).toContain('wang')
    await page.locator(`tr[data-case="${elsewhere.id}"]`).getByRole('checkbox').check()
    await page.getByRole('heading', { name: '批量处理（已选 2 件）' }).waitFor()
    expect(await offered()).not.toContain('wang')
    expect(await offered()).toContain('admin')
    await bulk.getByText('不能承办全部所选案件的 1 人未列出').waitFor()
    expect(await seriousViolations(page)).toEqual([])

    // Offered, then moved to another district before the action ran: the server refuses, and the list says why.
    await page.locator(`tr[data-case="${elsewhere.id}"]`).getByRole('checkbox').uncheck()
    await bulk.getByLabel('承办人').selectOption('wang')
    expect((await send('PATCH', '/api/admin/users/wang', { districts: [await districtOf(BULK_STORE)] })).status).toBe(200)
    await bulk.getByRole('button', { name: '执行' }).click()
    await page.getByText('完成 0 件，未完成 1 件').waitFor()
    const failure = page.locator(`.bulk-result li[data-case="${inArea.id}"]`)
    expect(await failure.textContent()).toContain('承办人无权查看此案件')
    expect(await failure.textContent()).not.toContain('请检查填写的内容')
    await page.close()
  })

  it('shows people, cases and stores by name in the audit log, with readable details', async () => {
    const item = await submit(server.url, '站点门口堆放杂物。')
    const casePage = await open(`/staff/cases/${item.id}`)
    await casePage.getByLabel('承办人', { exact: true }).selectOption('admin')
    await casePage.getByRole('button', { name: '分派', exact: true }).click()
    await casePage.locator('dd[data-status="assigned"]').waitFor()
    await casePage.close()
    const fleet = await open('/staff/registry/fleet')
    await fleet.getByLabel('为站点绑定平板（站点编号）').fill(RATED)
    await fleet.getByRole('button', { name: '生成绑定码' }).click()
    await fleet.getByRole('dialog').waitFor()
    await fleet.close()

    const page = await open('/staff/audit')
    const changed = page.locator('table.audit tr[data-action="case_changed"]').first()
    await changed.waitFor()
    expect(await changed.getByRole('link', { name: item.receipt }).getAttribute('href')).toBe(`/staff/cases/${item.id}`)
    expect(await changed.locator('[data-field="assignee"]').textContent()).toBe('承办人：admin')
    expect(await changed.locator('[data-field="status"]').textContent()).toBe('状态：已受理 → 已分派')
    const pairing = page.locator('table.audit tr[data-action="pairing_code_created"]').first()
    expect(await pairing.locator('.store').textContent()).toMatch(new RegExp(`^\\S+体彩站（${RATED}）$`))
    expect(await pairing.locator('[data-field="expiresAt"]').textContent()).toMatch(/^有效期至：\d{4}/)
    // The admin's log-in is on record with where it came from, named in words.
    const login = page.locator('table.audit tr[data-action="login_ok"]').first()
    expect(await login.locator('[data-field="address"]').textContent()).toMatch(/^地址：/)
    const text = (await page.locator('table.audit tbody').textContent())!
    expect(text).not.toContain(item.id)
    expect(text).not.toContain('{')
    expect(await seriousViolations(page)).toEqual([])
    await page.close()
  })

  it('lets an admin add, edit and delete reply templates, which the case page offers', async () => {
    const page = await open('/staff/templates')
    await page.getByText('还没有答复模板。').waitFor()
    const add = page.locator('form.template-form').last()
    await add.getByLabel('模板名称').fill('已转专管员')
    await add.getByLabel('模板内容').fill('您反映的{store}的问题已转专管员处理。')
    await add.getByRole('button', { name: '添加模板' }).click()
    await page.locator('li.template', { hasText: '已转专管员' }).waitFor()
    const entry = page.locator(`li.template[data-template="${await page.locator('li.template').first().getAttribute('data-template')}"]`)
    expect(await seriousViolations(page)).toEqual([])

    await entry.getByRole('button', { name: '修改' }).click()
    await entry.getByLabel('模板内容').fill('您反映的{store}的问题已转专管员，{dueAt}前答复。')
    await entry.getByRole('button', { name: '保存' }).click()
    await entry.getByText('您反映的{store}的问题已转专管员，{dueAt}前答复。').waitFor()

    const item = await submit(server.url, '店员拒绝兑奖。')
    const casePage = await open(`/staff/cases/${item.id}`)
    await casePage.getByLabel('使用模板').getByRole('option', { name: '已转专管员' }).waitFor({ state: 'attached' })
    await casePage.close()

    await entry.getByRole('button', { name: '删除' }).click()
    await entry.getByRole('button', { name: '确认删除' }).click()
    await page.getByText('还没有答复模板。').waitFor()
    await page.close()
  })
})
