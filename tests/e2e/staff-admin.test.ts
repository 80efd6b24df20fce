// The rest of a centre's day in the console, in a real browser against the
// real server: working a case through its lifecycle, seeing a stale action
// refused next to the form, revealing a contact (and finding it in the audit
// log), managing accounts, and loading next year's holiday schedule.
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { newFeedbackId } from '../../shared/receipt.ts'
import { launchBrowser } from '../helpers/browser.ts'
import { staffHeaders, startServer, type RunningServer } from '../helpers/server.ts'
import { seriousViolations } from '../helpers/axe.ts'
import { logInToConsole } from '../helpers/console-login.ts'

const ADMIN_PASSWORD = 'e2e-admin-password'
const STAFF = { username: 'li', password: 'li-e2e-password' }

async function submit(base: string, message: string) {
  const res = await fetch(`${base}/api/feedback`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      id: newFeedbackId(),
      storeCode: '44030001',
      kind: 'complaint',
      category: 'service_attitude',
      message,
      contact: { name: '王小明', phone: '13912345678' },
      channel: 'qr',
      createdAt: new Date().toISOString(),
    }),
  })
  if (res.status !== 201) throw new Error(`submit: ${res.status}`)
  return (await res.json()) as { id: string; receipt: string }
}

/** A browser profile logged in to the console as this user. */
async function loggedIn(browser: Browser, base: string, username: string, password: string): Promise<BrowserContext> {
  const ctx = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'zh-CN' })
  const page = await ctx.newPage()
  await logInToConsole(page, base, username, password)
  await page.close()
  return ctx
}

/** A new tab of a logged-in browser at a console page. */
async function open(ctx: BrowserContext, base: string, path: string): Promise<Page> {
  const page = await ctx.newPage()
  await page.goto(`${base}${path}`)
  await page.getByRole('navigation', { name: '工作台导航' }).waitFor()
  return page
}

describe('the console for centre staff', () => {
  let server: RunningServer
  let browser: Browser
  let admin: BrowserContext
  let staff: BrowserContext

  beforeAll(async () => {
    ;[server, browser] = await Promise.all([startServer({ ADMIN_PASSWORD }), launchBrowser()])
    admin = await loggedIn(browser, server.url, 'admin', ADMIN_PASSWORD)
    // Centre staff work the cases; only the admin manages accounts and settings.
    const page = await open(admin, server.url, '/staff/users')
    const create = page.locator('form.user-create')
    await create.getByLabel('用户名').fill(STAFF.username)
    await create.getByLabel('初始密码').fill(STAFF.password)
    await create.getByLabel('角色').selectOption('staff')
    await create.getByRole('button', { name: '新建账号' }).click()
    await page.locator(`tr[data-user="${STAFF.username}"]`).waitFor()
    await page.close()
    staff = await loggedIn(browser, server.url, STAFF.username, STAFF.password)
  })
  afterAll(async () => {
    await browser?.close()
    expect(await server?.stop()).toBe(0)
  })

  it('a case is worked to resolved, its deadline moved with a reason, and every step is on its timeline', async () => {
    const item = await submit(server.url, '店员在柜台抽烟，态度很差。')
    const page = await open(staff, server.url, `/staff/cases/${item.id}`)
    await page.locator('dd[data-status="new"]').waitFor()
    expect(await seriousViolations(page)).toEqual([])
    await page.getByLabel('承办人', { exact: true }).selectOption(STAFF.username)
    await page.getByRole('button', { name: '分派', exact: true }).click()
    await page.locator('dd[data-status="assigned"]').waitFor()

    await page.getByLabel('新状态').selectOption('in_progress')
    await page.getByRole('button', { name: '变更状态' }).click()
    await page.locator('dd[data-status="in_progress"]').waitFor()

    await page.getByLabel('新期限（当日 24 时前）').fill('2099-12-31')
    await page.getByLabel('调整理由').fill('需要调取监控录像')
    await page.getByRole('button', { name: '调整期限' }).click()
    await page.locator('.timeline').getByText('理由：需要调取监控录像').waitFor()

    await page.getByLabel('内容', { exact: true }).fill('已电话联系站点负责人。')
    await page.getByRole('button', { name: '保存备注' }).click()
    await page.locator('.timeline li.internal').getByText('已电话联系站点负责人。').waitFor()

    await page.getByLabel('新状态').selectOption('resolved')
    await page.getByRole('button', { name: '变更状态' }).click()
    await page.locator('dd[data-status="resolved"]').waitFor()
    const timeline = (await page.locator('.timeline').textContent())!
    for (const step of ['收到反映', `分派给 ${STAFF.username}`, '状态：已分派 → 处理中', '期限改为', '内部备注', '状态：处理中 → 已办结']) {
      expect(timeline).toContain(step)
    }
    await page.close()
  })

  it('an action on a case that changed meanwhile is refused next to the form, and nothing changes', async () => {
    const item = await submit(server.url, '站点拒绝出具彩票，要求先付款后出票。')
    const first = await open(staff, server.url, `/staff/cases/${item.id}`)
    const second = await open(admin, server.url, `/staff/cases/${item.id}`)
    await first.getByRole('button', { name: '标记为垃圾信息' }).click()
    // Spam rejects at one click, so the page asks first.
    await first.getByRole('alertdialog').getByRole('button', { name: '确定' }).click()
    await first.locator('dd[data-status="rejected"]').waitFor()

    await second.getByLabel('新状态').selectOption('in_progress')
    await second.getByRole('button', { name: '变更状态' }).click()
    await second.locator('form.action [role="alert"]').getByText('当前状态下不能进行此操作').waitFor()
    await second.reload()
    await second.locator('dd[data-status="rejected"]').waitFor()
    expect(await second.locator('.timeline').textContent()).toContain('理由：垃圾信息')
    await first.close()
    await second.close()
  })

  it('revealing a contact shows it in full after a warning and is written to the audit log', async () => {
    const item = await submit(server.url, '彩票站点多收手续费。')
    const page = await open(staff, server.url, `/staff/cases/${item.id}`)
    await page.locator('.facts').waitFor()
    expect(await page.locator('.facts').textContent()).toContain('139****5678')
    await page.getByText('查看完整号码会记入审计日志').waitFor()
    await page.getByRole('button', { name: '查看完整联系方式' }).click()
    await page.getByText('13912345678').waitFor()

    // Staff have no audit page; the admin finds the reveal there.
    expect(await page.getByRole('navigation', { name: '工作台导航' }).getByRole('link', { name: '审计日志' }).count()).toBe(0)
    await page.close()
    const audit = await open(admin, server.url, '/staff/audit')
    const entry = audit.locator('table.audit tr[data-action="contact_revealed"]').first()
    await entry.waitFor()
    // The case by its receipt, linked to its page; not its raw id.
    expect(await entry.getByRole('link', { name: item.receipt }).getAttribute('href')).toBe(`/staff/cases/${item.id}`)
    expect(await entry.textContent()).not.toContain(item.id)
    expect(await entry.textContent()).toContain(STAFF.username)
    expect(await seriousViolations(audit)).toEqual([])
    await audit.close()
  })

  it('an admin creates a supervisor, widens their area, sets a new password and disables the account', async () => {
    const page = await open(admin, server.url, '/staff/users')
    const create = page.locator('form.user-create')
    await create.getByLabel('用户名').fill('sup-new')
    await create.getByLabel('初始密码').fill('short')
    await create.getByLabel('角色').selectOption('supervisor')
    await create.locator('fieldset.districts input').first().check()
    // A single store beyond the district, found by its name rather than typed as a code.
    const finder = create.getByLabel('查找站点（名称、地址或编号），选中即加入编号列表')
    await finder.fill('东城人民')
    await create.locator('datalist option[value="44010001 东城人民幸运体彩站"]').waitFor({ state: 'attached' })
    await finder.fill('44010001 东城人民幸运体彩站')
    await expect.poll(() => create.getByLabel('另外负责的站点编号').inputValue()).toBe('44010001')
    expect(await finder.inputValue()).toBe('')
    await create.getByRole('button', { name: '新建账号' }).click()
    await create.locator('[role="alert"]').getByText('内容太短').waitFor()

    await create.getByLabel('初始密码').fill('a-long-enough-password')
    await create.getByRole('button', { name: '新建账号' }).click()
    const row = page.locator('tr[data-user="sup-new"]')
    await row.waitFor()
    expect(await row.textContent()).toContain('专管员')
    const users = (await (await fetch(`${server.url}/api/admin/users`, { headers: await staffHeaders(server, ADMIN_PASSWORD) })).json()) as { username: string; stores: string[] }[]
    expect(users.find((u) => u.username === 'sup-new')?.stores).toEqual(['44010001'])
    expect(await seriousViolations(page)).toEqual([])

    // Another district is added to the supervisor's area.
    await row.getByText('修改角色和负责范围').click()
    const second = row.locator('fieldset.districts input').nth(1)
    const district = await second.getAttribute('value')
    await second.check()
    await row.getByRole('button', { name: '保存' }).click()
    await expect.poll(() => row.locator('td').nth(1).textContent()).toContain(district!)

    await row.getByLabel('sup-new 的新密码').fill('another-long-password')
    await row.getByRole('button', { name: '设置新密码' }).click()
    await row.getByText('已保存').waitFor()
    const login = await fetch(`${server.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'sup-new', password: 'another-long-password' }),
    })
    expect(login.status).toBe(200)

    await row.getByRole('button', { name: '停用' }).click()
    await row.getByText('已停用').waitFor()
    await page.close()
  })

  it('next year’s holiday schedule is loaded from a JSON file on the settings page, a wrong date refused first', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'calendar-'))
    const file = join(dir, 'cn-2027.json')
    const schedule = (workday: string) => JSON.stringify({ year: 2027, holidays: [{ name: '春节', from: '2027-02-05', to: '2027-02-11' }], workdays: [workday] })
    const page = await open(admin, server.url, '/staff/settings')
    const upload = page.getByRole('button', { name: '上传', exact: true })

    // 2027-01-04 is a Monday: a make-up working day is always a weekend day.
    await writeFile(file, schedule('2027-01-04'))
    await page.getByLabel('JSON 文件').setInputFiles(file)
    await upload.click()
    await page.getByText('调休上班：格式不正确').waitFor()

    await writeFile(file, schedule('2027-02-20'))
    await page.getByLabel('JSON 文件').setInputFiles(file)
    await upload.click()
    await page.getByText('已载入 2027 年的安排').waitFor()
    const row = page.locator('table.calendar tr', { hasText: '2027' })
    await row.waitFor()
    expect(await row.textContent()).toContain('中心上传')
    expect(await seriousViolations(page)).toEqual([])
    await page.close()
    await rm(dir, { recursive: true, force: true })
  })
})
