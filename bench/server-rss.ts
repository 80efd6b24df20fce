// The server's resident memory holding a big city, as a province runs it:
// the production build (`node dist/server/main.js`, no TypeScript tooling
// in the process), after the console's everyday reads over the whole city
// (the store table, the dashboard, the districts), against the same server
// on an empty city in the same run. The CSV export's own peak is its row's.
import { spawnSync } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { startServer, type RunningServer } from '../tests/helpers/server.ts'
import { BENCH_ADMIN_PASSWORD } from './big-city.ts'
import { memoryOf } from './measure.ts'

const ROOT = fileURLToPath(new URL('../', import.meta.url))
const READS = ['/api/admin/stats/stores?sort=attention&pageSize=50', '/api/admin/stats/dashboard', '/api/admin/stats/districts']

async function readAll(server: RunningServer): Promise<void> {
  const login = await fetch(`${server.url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'admin', password: BENCH_ADMIN_PASSWORD }),
  })
  if (!login.ok) throw new Error(`login answered ${login.status}`)
  const cookie = login.headers.get('set-cookie')!.split(';')[0]!
  for (const path of READS) {
    const res = await fetch(`${server.url}${path}`, { headers: { cookie } })
    if (!res.ok || !res.body) throw new Error(`GET ${path} answered ${res.status}`)
    const reader = res.body.getReader()
    while (!(await reader.read()).done);
  }
}

/** RSS (and peak) of the built server after the reads, on `cityDir` and on an empty city. */
export async function serverRss(cityDir: string): Promise<{ city: { rss: number; peak: number }; empty: { rss: number; peak: number } }> {
  const built = spawnSync(process.execPath, ['scripts/build-server.mjs'], { cwd: ROOT, stdio: 'inherit' })
  if (built.status !== 0) throw new Error('the server did not build')
  const measure = async (dir: string) => {
    const server = await startServer({ ADMIN_PASSWORD: BENCH_ADMIN_PASSWORD, SEED_DEMO: '0', RATE_LIMIT: '0' }, dir, { built: true })
    try {
      await readAll(server)
      return memoryOf(server.pid)
    } finally {
      await server.stop()
    }
  }
  const emptyDir = await mkdtemp(join(tmpdir(), 'storevoice-bench-empty-'))
  try {
    return { city: await measure(cityDir), empty: await measure(emptyDir) }
  } finally {
    await rm(emptyDir, { recursive: true, force: true })
  }
}
