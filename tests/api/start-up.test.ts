// What an operator reads in the terminal: the start-up banner and
// `npm run pair`, run as real processes the way the README says.
import { spawn } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { startServer } from '../helpers/server.ts'

const ROOT = fileURLToPath(new URL('../../', import.meta.url))

async function banner(env: Record<string, string>): Promise<string> {
  const server = await startServer(env)
  await server.stop()
  return server.output()
}

function runPair(env: Record<string, string>, storeCode: string): Promise<string> {
  const { PORT: _port, PUBLIC_URL: _publicUrl, HOST: _host, ...inherited } = process.env
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/pair.ts', storeCode], {
    cwd: ROOT,
    env: { ...inherited, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let out = ''
  child.stdout.on('data', (d: Buffer) => (out += d.toString()))
  child.stderr.on('data', (d: Buffer) => (out += d.toString()))
  return new Promise((resolve) => child.on('exit', () => resolve(out)))
}

describe('the start-up banner', () => {
  it('names the admin username when ADMIN_PASSWORD chose its password', async () => {
    const out = await banner({ ADMIN_PASSWORD: 'a-chosen-password', PUBLIC_URL: 'https://fankui.example.cn' })
    expect(out).toMatch(/Admin account: admin\b/)
    expect(out).not.toContain('a-chosen-password')
    expect(out).not.toContain('PUBLIC_URL')
  })

  it('warns that posters need PUBLIC_URL when it is unset', async () => {
    expect(await banner({ ADMIN_PASSWORD: 'a-chosen-password' })).toMatch(/PUBLIC_URL is not set/)
  })

  it('warns when PUBLIC_URL points at this machine only', async () => {
    expect(await banner({ ADMIN_PASSWORD: 'a-chosen-password', PUBLIC_URL: 'http://localhost:8080' })).toMatch(/PUBLIC_URL .*loopback/)
  })
})

describe('npm run pair', () => {
  it('prints the expiry in China time and links to the running server when PORT is not given', async () => {
    const server = await startServer({ ADMIN_PASSWORD: 'a-chosen-password' })
    try {
      const before = Date.now()
      const out = await runPair({ DATA_DIR: server.dataDir }, '44010001')
      const after = Date.now()
      expect(out).toContain(`${server.url}/kiosk?pair=`)
      const expiry = /before (\d{4}-\d{2}-\d{2} \d{2}:\d{2}) \(China time\)/.exec(out)?.[1]
      expect(expiry, out).toBeDefined()
      const expiresAt = Date.parse(`${expiry!.replace(' ', 'T')}:00+08:00`)
      expect(expiresAt).toBeGreaterThan(before + 14 * 60_000)
      expect(expiresAt).toBeLessThanOrEqual(after + 15 * 60_000)
    } finally {
      await server.stop()
    }
  })

  it('links to PUBLIC_URL when it is set', async () => {
    const server = await startServer({ ADMIN_PASSWORD: 'a-chosen-password' })
    try {
      const out = await runPair({ DATA_DIR: server.dataDir, PUBLIC_URL: 'https://fankui.example.cn/' }, '44010001')
      expect(out).toContain('https://fankui.example.cn/kiosk?pair=')
    } finally {
      await server.stop()
    }
  })
})
