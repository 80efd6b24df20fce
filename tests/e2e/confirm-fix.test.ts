// The buyer confirms the fix (issue 11), in a real browser against the real
// server: a resolved case asks "问题解决了吗？" on /track, and the answer
// closes it or sends it back to the centre.
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { newFeedbackId } from '../../shared/receipt.ts'
import { launchBrowser } from '../helpers/browser.ts'
import { staffHeaders, startServer, type RunningServer } from '../helpers/server.ts'

const PASSWORD = 'e2e-admin-password'

describe('the buyer answers whether the problem was fixed', () => {
  let server: RunningServer
  let browser: Browser
  let staff: Record<string, string>

  beforeAll(async () => {
    ;[server, browser] = await Promise.all([startServer({ ADMIN_PASSWORD: PASSWORD, MIN_FILL_MS: '0' }), launchBrowser()])
    staff = { ...(await staffHeaders(server, PASSWORD)), 'content-type': 'application/json' }
  })
  afterAll(async () => {
    await browser?.close()
    expect(await server?.stop()).toBe(0)
  })

  /** A case sent by a buyer and resolved by staff; returns its receipt code. */
  async function resolvedCase(): Promise<string> {
    return (await resolvedCaseWithId()).receipt
  }

  async function resolvedCaseWithId(): Promise<{ id: string; receipt: string }> {
    const id = newFeedbackId()
    const sent = await fetch(`${server.url}/api/feedback`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ id, storeCode: '44010001', kind: 'complaint', category: 'service_attitude', message: '店员拒绝兑奖，态度恶劣。', channel: 'qr', createdAt: new Date().toISOString() }),
    })
    const { receipt } = (await sent.json()) as { receipt: string }
    for (const status of ['in_progress', 'resolved']) {
      const res = await fetch(`${server.url}/api/admin/feedback/${id}`, { method: 'PATCH', headers: staff, body: JSON.stringify({ status }) })
      expect(res.status).toBe(200)
    }
    return { id, receipt }
  }

  it('"yes" with a rating closes the case; "no" with a comment sends it back', async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 }, locale: 'zh-CN' })
    const page = await context.newPage()

    const fixed = await resolvedCase()
    await page.goto(`${server.url}/track/${fixed}`)
    await page.getByRole('group', { name: '问题解决了吗？' }).waitFor()
    await page.getByLabel('已解决').check()
    await page.getByLabel('4 分').check()
    await page.getByRole('button', { name: '提交' }).click()
    await page.getByText('感谢您的确认，此事已办结。').waitFor()
    await page.locator('[data-status="closed"]').waitFor()
    expect(await page.getByRole('group', { name: '问题解决了吗？' }).count()).toBe(0)

    const notFixed = await resolvedCase()
    await page.goto(`${server.url}/track/${notFixed}`)
    await page.getByLabel('没有解决').check()
    await page.getByLabel('哪里还没有解决？').fill('店员还是拒绝兑奖。')
    await page.getByRole('button', { name: '提交' }).click()
    await page.getByText('已收到，中心将继续处理。').waitFor()
    await page.locator('[data-status="in_progress"]').waitFor()
    await page.getByText('店员还是拒绝兑奖。').waitFor()
    await context.close()
  })
  it('without scripts: the same answers, each a plain form that comes back to the case', async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 }, locale: 'zh-CN', javaScriptEnabled: false })
    const page = await context.newPage()

    const fixed = await resolvedCaseWithId()
    await page.goto(`${server.url}/track/${fixed.receipt}`)
    await page.getByLabel('已解决').check()
    await page.getByLabel('5 分').check()
    await page.getByRole('button', { name: '提交' }).click()
    await page.getByText('感谢您的确认，此事已办结。').waitFor()
    await page.locator('[data-status="closed"]').waitFor()
    expect(await page.getByRole('group', { name: '问题解决了吗？' }).count()).toBe(0)
    const detail = (await (await fetch(`${server.url}/api/admin/feedback/${fixed.id}`, { headers: staff })).json()) as { events: { type: string; data: unknown }[] }
    expect(detail.events.find((e) => e.type === 'reporter_confirmed')?.data).toMatchObject({ rating: 5 })
    // The same form sent again (from the browser's history, say): answered once, and back to the case as it stands.
    const again = await fetch(`${server.url}/track/${fixed.receipt}/confirm`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'fixed=yes&rating=1',
      redirect: 'manual',
    })
    expect(again.status).toBe(303)
    expect(again.headers.get('location')).toBe(`/track/${fixed.receipt}`)
    const after = (await (await fetch(`${server.url}/api/admin/feedback/${fixed.id}`, { headers: staff })).json()) as { events: { type: string }[] }
    expect(after.events.filter((e) => e.type === 'reporter_confirmed')).toHaveLength(1)
    // No answer picked (a browser that does not enforce `required`): back to the
    // case, which still asks, and nothing changes.
    const unanswered = await resolvedCaseWithId()
    const blank = await fetch(`${server.url}/track/${unanswered.receipt}/confirm`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'comment=x',
      redirect: 'manual',
    })
    expect(blank.status).toBe(303)
    expect(blank.headers.get('location')).toBe(`/track/${unanswered.receipt}`)
    expect(((await (await fetch(`${server.url}/api/track/${unanswered.receipt}`)).json()) as { status: string }).status).toBe('resolved')

    const notFixed = await resolvedCase()
    await page.goto(`${server.url}/track/${notFixed}`)
    await page.getByLabel('没有解决').check()
    await page.getByLabel('意见（可选）').fill('店员还是拒绝兑奖。')
    await page.getByRole('button', { name: '提交' }).click()
    await page.getByText('已收到，中心将继续处理。').waitFor()
    await page.locator('[data-status="in_progress"]').waitFor()
    await page.getByText('店员还是拒绝兑奖。').waitFor()
    await context.close()
  })
})
