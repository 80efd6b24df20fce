// `npm run user` on the data directory of a running app: the accounts it
// makes and changes follow the console's rules (server/accounts/accounts.ts).
import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { loginHeaders, makeTestApp, type TestApp } from '../helpers/test-app.ts'

const ROOT = fileURLToPath(new URL('../../', import.meta.url))

describe('the user command', () => {
  let t: TestApp
  beforeEach(async () => (t = await makeTestApp()))
  afterEach(() => t.close())

  const run = (...args: string[]) =>
    spawnSync(process.execPath, ['--import', 'tsx', 'scripts/user.ts', ...args], {
      cwd: ROOT,
      env: { ...process.env, DATA_DIR: t.dataDir, DATABASE_URL: t.databaseUrl },
      encoding: 'utf8',
    })

  it('adds a supervisor who can sign in to the console, audited as made from the shell', async () => {
    const added = run('add', 'sup-cli', '--role', 'supervisor', '--districts', '东城区', '--password', 'cli-password-1')
    expect(added.stdout.trim()).toBe('sup-cli saved')
    const headers = await loginHeaders(t.app, 'sup-cli', 'cli-password-1')
    const me = await (await t.app.request('/api/auth/me', { headers })).json()
    expect(me.user).toEqual({ username: 'sup-cli', role: 'supervisor', districts: ['东城区'], stores: [] })
    const audit = await (await t.app.request('/api/admin/audit?action=user_created', { headers: await loginHeaders(t.app) })).json()
    expect(audit.items[0]).toMatchObject({ actor: null, target: 'sup-cli', detail: { role: 'supervisor', via: 'cli' } })
  })

  it('refuses what the console refuses: a supervisor without an area, a taken username', () => {
    const noArea = run('add', 'sup-none', '--role', 'supervisor', '--password', 'cli-password-1')
    expect(noArea.status).toBe(1)
    expect(noArea.stderr).toContain('A supervisor needs districts or stores')
    const taken = run('add', 'admin', '--role', 'staff', '--password', 'cli-password-1')
    expect(taken.status).toBe(1)
    expect(taken.stderr).toContain('This username is taken')
  })
})
