import type { Page } from 'playwright-core'

/** Logs in at /staff through the form, as a person would, and waits for the overview. */
export async function logInToConsole(page: Page, base: string, username: string, password: string): Promise<void> {
  await page.goto(`${base}/staff`)
  await page.getByLabel('用户名').fill(username)
  await page.getByLabel('密码').fill(password)
  await page.getByRole('button', { name: '登录' }).click()
  await page.getByRole('heading', { name: '总览' }).waitFor()
}
