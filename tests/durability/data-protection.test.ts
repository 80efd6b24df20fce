// Issue 13's start-up and file findings, against the real server process:
// who may read the data files, what a changed ADMIN_PASSWORD or a restore
// does to sessions, an unusable database file, and unlocking a login from
// the shell.
import { spawnSync } from 'node:child_process'
import { existsSync, statSync, writeFileSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { startServer } from '../helpers/server.ts'

const mode = (file: string) => statSync(file).mode & 0o777
const cli = (script: string, args: string[], dataDir: string) =>
  spawnSync(process.execPath, ['--import', 'tsx', `scripts/${script}.ts`, ...args], { env: { ...process.env, DATA_DIR: dataDir }, encoding: 'utf8' })

async function login(url: string, username: string, password: string) {
  const res = await fetch(`${url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password }) })
  const cookie = res.headers.get('set-cookie')?.split(';')[0] ?? ''
  return { status: res.status, cookie }
}
const me = async (url: string, cookie: string) => (await fetch(`${url}/api/auth/me`, { headers: { cookie } })).status

describe('the data directory and sessions across restarts', () => {
  let dataDir: string
  afterEach(async () => rm(dataDir, { recursive: true, force: true }))

  it('keeps the data directory 0700 and the database, its WAL and backups 0600', async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'sv-perm-'))
    const server = await startServer({ ADMIN_PASSWORD: 'first-password' }, dataDir)
    await login(server.url, 'admin', 'first-password')
    expect(mode(dataDir)).toBe(0o700)
    for (const f of ['storevoice.db', 'storevoice.db-wal']) if (existsSync(join(dataDir, f))) expect(mode(join(dataDir, f)), f).toBe(0o600)
    const backup = join(dataDir, 'copy.db')
    expect(cli('backup', [backup], dataDir).status).toBe(0)
    expect(mode(backup)).toBe(0o600)
    await server.stop()
  }, 60_000)

  it('a new ADMIN_PASSWORD at start ends the admin’s sessions and is audited', async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'sv-admin-'))
    let server = await startServer({ ADMIN_PASSWORD: 'first-password' }, dataDir)
    const old = await login(server.url, 'admin', 'first-password')
    expect(await me(server.url, old.cookie)).toBe(200)
    await server.stop()
    server = await startServer({ ADMIN_PASSWORD: 'second-password' }, dataDir)
    expect(await me(server.url, old.cookie)).toBe(401)
    const now = await login(server.url, 'admin', 'second-password')
    const audit = await (await fetch(`${server.url}/api/admin/audit?action=admin_password_changed`, { headers: { cookie: now.cookie } })).json()
    expect(audit.items).toHaveLength(1)
    await server.stop()
    // The same password again changes nothing.
    server = await startServer({ ADMIN_PASSWORD: 'second-password' }, dataDir)
    expect(await me(server.url, now.cookie)).toBe(200)
    await server.stop()
  }, 90_000)

  it('a restore ends every session, even those the backup still holds', async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'sv-restore-'))
    let server = await startServer({ ADMIN_PASSWORD: 'first-password' }, dataDir)
    const session = await login(server.url, 'admin', 'first-password')
    const backup = join(dataDir, 'before.db')
    expect(cli('backup', [backup], dataDir).status).toBe(0)
    await server.stop()
    const restored = cli('restore', [backup], dataDir)
    expect(restored.status, restored.stderr).toBe(0)
    server = await startServer({ ADMIN_PASSWORD: 'first-password' }, dataDir)
    expect(await me(server.url, session.cookie)).toBe(401)
    await server.stop()
  }, 90_000)

  it('refuses to start on an empty or damaged database file, naming it and the fix', async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'sv-empty-'))
    for (const content of ['', 'this is not a database at all']) {
      writeFileSync(join(dataDir, 'storevoice.db'), content)
      const error = await startServer({}, dataDir).then(
        () => '',
        (err: Error) => err.message,
      )
      expect(error).toContain(join(dataDir, 'storevoice.db'))
      expect(error).toContain('npm run restore')
      expect(statSync(join(dataDir, 'storevoice.db')).size).toBe(content.length)
    }
  }, 60_000)

  it('npm run user -- unlock lifts a login lock on the running server', async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'sv-unlock-'))
    const server = await startServer({ ADMIN_PASSWORD: 'first-password' }, dataDir)
    for (let i = 0; i < 5; i++) expect((await login(server.url, 'admin', `wrong-${i}`)).status).toBe(401)
    expect((await login(server.url, 'admin', 'first-password')).status).toBe(429)
    const unlocked = cli('user', ['unlock', 'admin'], dataDir)
    expect(unlocked.status, unlocked.stderr).toBe(0)
    expect((await login(server.url, 'admin', 'first-password')).status).toBe(200)
    await server.stop()
  }, 60_000)
})
