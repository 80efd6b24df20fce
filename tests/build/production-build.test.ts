// `npm run build` makes a server that runs on Node alone: plain JavaScript
// in dist/server that imports only production dependencies (no vite, tsx or
// typescript, which `npm ci --omit=dev` leaves out), serving the API and the
// built pages.
import { spawn, spawnSync } from 'node:child_process'
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

const ROOT = fileURLToPath(new URL('../../', import.meta.url))

async function jsFiles(dir: string): Promise<string[]> {
  const out: string[] = []
  for (const e of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, e.name)
    if (e.isDirectory()) out.push(...(await jsFiles(path)))
    else if (e.name.endsWith('.js')) out.push(path)
  }
  return out
}

describe('the production build', () => {
  let dataDir: string
  beforeAll(async () => {
    // The front end is built by npm test before the suites; this builds the server beside it.
    const built = spawnSync(process.execPath, ['scripts/build-server.mjs'], { cwd: ROOT, encoding: 'utf8' })
    expect(built.status, built.stdout + built.stderr).toBe(0)
    dataDir = await mkdtemp(join(tmpdir(), 'storevoice-built-'))
  }, 180_000)
  afterAll(() => rm(dataDir, { recursive: true, force: true }))

  it('imports nothing but Node and the production dependencies', async () => {
    const pkg = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8')) as { dependencies: Record<string, string> }
    const files = await jsFiles(join(ROOT, 'dist/server'))
    expect(files.length).toBeGreaterThan(50)
    const bare = new Set<string>()
    for (const f of [...files, ...(await jsFiles(join(ROOT, 'dist/shared')))]) {
      for (const m of (await readFile(f, 'utf8')).matchAll(/^(?:import|export)[^'"]*from\s+'([^'.][^']*)'/gm)) {
        if (!m[1]!.startsWith('node:')) bare.add(m[1]!.split('/').slice(0, m[1]!.startsWith('@') ? 2 : 1).join('/'))
      }
    }
    expect([...bare].filter((name) => !(name in pkg.dependencies))).toEqual([])
    expect(bare.has('hono')).toBe(true)
  })

  it('serves the API and the pages from node dist/server/main.js', async () => {
    const child = spawn(process.execPath, ['dist/server/main.js'], {
      cwd: ROOT,
      env: { PATH: process.env.PATH, HOST: '127.0.0.1', PORT: '0', DATA_DIR: dataDir, ADMIN_PASSWORD: 'built-admin-pass' },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    try {
      let out = ''
      const url = await new Promise<string>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`the built server did not start:\n${out}`)), 30_000)
        const read = (d: Buffer) => {
          out += d.toString()
          const m = /listening on (http:\/\/[\d.]+:\d+)/.exec(out)
          if (m) {
            clearTimeout(timer)
            resolve(m[1]!)
          }
        }
        child.stdout!.on('data', read)
        child.stderr!.on('data', read)
        child.on('exit', () => reject(new Error(`the built server exited:\n${out}`)))
      })
      expect(await (await fetch(`${url}/healthz`)).json()).toEqual({ ok: true })
      expect(await (await fetch(`${url}/api/stores/44010001`)).json()).toMatchObject({ code: '44010001' })
      const page = await fetch(`${url}/s/44010001`)
      expect(page.status).toBe(200)
      expect(await page.text()).toContain('<script type="module"')
    } finally {
      child.kill('SIGTERM')
    }
  })
})
