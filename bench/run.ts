// `npm run bench`: one table of ratios, each measured side by side with its
// baseline in the same run, written to BENCHMARKS.md. Every row stands
// alone: a row whose endpoint is missing says "n/a: why" and the rest go on,
// so the table can be re-run as the other parts of the kit land.
import { spawn, spawnSync } from 'node:child_process'
import { cpus, loadavg } from 'node:os'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { fileURLToPath } from 'node:url'
import { launchBrowser } from '../tests/helpers/browser.ts'
import { startServer, type RunningServer } from '../tests/helpers/server.ts'
import { buildBigCity, BENCH_ADMIN_PASSWORD } from './big-city.ts'
import { buildCampaignCity, naiveCampaignProgress } from './campaign-city.ts'
import { campaignProgress } from '../server/campaigns/campaign-progress.ts'
import { buyerBundleGzip } from './bundle.ts'
import { storePagePaint } from './first-paint.ts'
import { cpuMsOfCommand, MB, median, medianMs, memoryOf, syncedWriteMs } from './measure.ts'
import { naiveStoreStats } from './naive-stats.ts'
import { photoReencodeBench } from './photo-reencode.ts'
import { benchPostgres } from './bench-postgres.ts'
import { alternatingRounds, type Rounds, type Side } from './submission-rounds.ts'
import type { LoadResult } from './submit-load.ts'
import { serverRss } from './server-rss.ts'
import { buildProvince, PROVINCE_CASES, PROVINCE_STORES, provinceReads, type ProvinceReads } from './province-stats.ts'

const ROOT = fileURLToPath(new URL('../', import.meta.url))
const SEED = 20261129
const STORES = 2500
const CASES = 1_000_000
const LOAD_SECONDS = 3
const CAMPAIGN_VISITS = 20_000
const LOAD_ROUNDS = 5
const BUNDLE_BUDGET = 25 * 1024
const PHOTO_RUNS = 7
const PAINT_ROUNDS = 5

interface Row {
  measure: string
  storevoice: string
  baseline: string
  ratio: string
  goal: string
}

// `npm run bench -- --only <text>` reruns the rows whose measure contains
// <text> (case-insensitive) and updates just those rows of BENCHMARKS.md.
const onlyAt = process.argv.indexOf('--only')
const ONLY = onlyAt > 0 ? process.argv[onlyAt + 1]?.toLowerCase() : undefined
const wanted = (measure: string) => !ONLY || measure.toLowerCase().includes(ONLY)

const rows: Row[] = []
const dirs: string[] = []
const servers: RunningServer[] = []
const began = performance.now()
const LOAD_AT_START = loadavg()[0]!.toFixed(1)
// The submission rows depend on the disk as much as on the CPU: how long a durable write took as the run began.
const SYNCED_WRITE_AT_START = syncedWriteMs(tmpdir()).toFixed(2)
const log = (s: string) => console.error(`[bench ${((performance.now() - began) / 1000).toFixed(0)} s] ${s}`)

const asError = (err: unknown) => (err instanceof Error ? err : new Error(String(err)))

async function row(measure: string, goal: string, fn: () => Promise<Omit<Row, 'measure' | 'goal'>>): Promise<void> {
  if (!wanted(measure)) return
  // Each row's time (with whatever it generates first) shows where the bench's minutes go.
  const started = performance.now()
  try {
    rows.push({ measure, goal, ...(await fn()) })
  } catch (err) {
    rows.push({ measure, goal, storevoice: `n/a: ${asError(err).message}`, baseline: '', ratio: '' })
  }
  log(`${measure}: ${((performance.now() - started) / 1000).toFixed(0)} s`)
}

async function tempDir(name: string): Promise<string> {
  const d = await mkdtemp(join(tmpdir(), `storevoice-bench-${name}-`))
  dirs.push(d)
  return d
}

async function serve(env: Record<string, string>, dataDir: string, opts: { built?: boolean } = {}): Promise<RunningServer> {
  // Its log to a file, as on a production host: read through a pipe, every
  // request's line would be read by this process, which generates the load.
  const s = await startServer({ RATE_LIMIT: '0', ...env }, dataDir, { ...opts, logFile: join(await tempDir('log'), 'server.log') })
  servers.push(s)
  return s
}

/** A bare baseline server (bench/bare-server.ts on a data directory, bench/bare-pg-server.ts on a database URL). */
function startBare(script: string, where: string): Promise<{ url: string; pid: number; stop: () => Promise<void> }> {
  const child = spawn(process.execPath, ['--import', 'tsx', script, where], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] })
  return new Promise((resolve, reject) => {
    let out = ''
    child.on('exit', () => reject(new Error('bare server exited')))
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString()
      const m = /listening on (http:\/\/[\d.:]+)/.exec(out)
      if (m)
        resolve({
          url: m[1]!,
          pid: child.pid!,
          stop: () => new Promise((r) => (child.on('exit', () => r()), child.kill('SIGTERM'))),
        })
    })
  })
}

/** bench/intake-alone.ts on a stopped server's data directory or database: its submissions stored per second. */
function intakeAlone(where: string): SubmissionRun['alone'] {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'bench/intake-alone.ts', where, String(LOAD_SECONDS), String(LOAD_ROUNDS), String(SEED)], {
    cwd: ROOT,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  if (run.status !== 0) throw new Error('bench/intake-alone.ts failed')
  return JSON.parse(run.stdout)
}

async function login(url: string): Promise<string> {
  const res = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'admin', password: BENCH_ADMIN_PASSWORD }),
  })
  if (!res.ok) throw new Error(`login answered ${res.status}`)
  return res.headers.get('set-cookie')!.split(';')[0]!
}

/** Resets a process's peak-memory mark (Linux clear_refs), so a peak belongs to what follows. */
function resetPeak(pid: number): void {
  try {
    writeFileSync(`/proc/${pid}/clear_refs`, '5')
  } catch {
    // Older kernels: the peak then covers the process's whole life, which only overstates it.
  }
}

const times = (x: number) => `${x.toFixed(2)}×`

function rpsRow(load: Rounds, baseline: string): Omit<Row, 'measure' | 'goal'> {
  const refused = [...load.bare, ...load.real].reduce((n, r) => n + r.non2xx + r.errors, 0)
  if (refused > 0) throw new Error(`${refused} requests were not answered 2xx`)
  const rps = { real: median(load.real.map((r) => r.rps)), bare: median(load.bare.map((r) => r.rps)) }
  return {
    storevoice: `${rps.real.toFixed(0)} ${spread(load.real.map((r) => r.rps))}`,
    baseline: `${rps.bare.toFixed(0)} ${spread(load.bare.map((r) => r.rps))} (${baseline}; a durable 4 KB write ${msRange(load.syncedWrite)} between rounds)`,
    ratio: times(rps.real / rps.bare),
  }
}

/** The submission rows of one engine: the alternating rounds, and the database work alone (bench/intake-alone.ts). */
interface SubmissionRun {
  load: Rounds
  alone: { perSecond: number; rounds: number[] }
}

function aloneRow({ load, alone }: SubmissionRun, baseline: string): Omit<Row, 'measure' | 'goal'> {
  const bare = median(load.bare.map((r) => r.rps))
  return {
    storevoice: `${alone.perSecond.toFixed(0)} ${spread(alone.rounds)}`,
    baseline: `${bare.toFixed(0)} (${baseline})`,
    ratio: times(alone.perSecond / bare),
  }
}

function p99Row(load: Rounds): Omit<Row, 'measure' | 'goal'> {
  const p99 = { real: median(load.real.map((r) => r.p99)), bare: median(load.bare.map((r) => r.p99)) }
  return {
    storevoice: `${p99.real} ms ${spread(load.real.map((r) => r.p99))}`,
    baseline: `${p99.bare} ms ${spread(load.bare.map((r) => r.p99))} (bare)`,
    ratio: times(p99.real / p99.bare),
  }
}
/**
 * CPU time per submission: the server's (all its threads) and the load
 * generator's, on each side. However its work is scheduled, a side answers
 * at most the machine's cores divided by it a second: the ratio is that
 * most for the kit against what the bare server answered in the same
 * rounds, so the requests/s row can reach its goal only when this one does.
 */
function cpuRow(load: Rounds): Omit<Row, 'measure' | 'goal'> {
  const side = (rounds: LoadResult[]) => ({ server: median(rounds.map((r) => r.cpu.server)), load: median(rounds.map((r) => r.cpu.load)) })
  const [real, bare] = [side(load.real), side(load.bare)]
  const ms = (x: number) => x.toFixed(3)
  const cores = cpus().length
  const most = (cores * 1000) / (real.server + real.load)
  const bareRps = median(load.bare.map((r) => r.rps))
  return {
    storevoice: `${ms(real.server + real.load)} ms (server ${ms(real.server)}, load generator ${ms(real.load)}): at most ${most.toFixed(0)} a second on ${cores} cores`,
    baseline: `${ms(bare.server + bare.load)} ms (bare ${ms(bare.server)}, load generator ${ms(bare.load)}); it answered ${bareRps.toFixed(0)} a second`,
    ratio: times(most / bareRps),
  }
}

const msRange = (xs: number[]) => `${Math.min(...xs).toFixed(2)}–${Math.max(...xs).toFixed(2)} ms`

/** The range over the rounds, so that a reader sees how noisy the machine was. */
const spread = (xs: number[]) => `(rounds ${Math.min(...xs).toFixed(0)}–${Math.max(...xs).toFixed(0)})`

async function main() {
  await row('Buyer page bundle, gzipped (first load)', `≤ ${BUNDLE_BUDGET / 1024} KB budget`, async () => {
    spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: ROOT, stdio: 'inherit' })
    const bytes = buyerBundleGzip(join(ROOT, 'dist'))
    if (bytes === undefined) throw new Error('the front end did not build')
    return { storevoice: `${(bytes / 1024).toFixed(1)} KB`, baseline: `${BUNDLE_BUDGET / 1024} KB budget`, ratio: times(bytes / BUNDLE_BUDGET) }
  })

  log('photo re-encoding')
  await row('Re-encoding a 4,000 × 3,000 phone photo (upright, no metadata): median ms', 'once per kept photo (phones send ≤ 1,600 px)', async () => {
    const r = await photoReencodeBench(PHOTO_RUNS)
    return {
      storevoice: `${r.reencode.toFixed(0)} ms (${MB(r.bytes)} JPEG in)`,
      baseline: `${r.decode.toFixed(0)} ms (decoding only)`,
      ratio: times(r.reencode / r.decode),
    }
  })

  log('store page on 3G with a 4x slower CPU: server-rendered and client-rendered, in alternating rounds')
  let paint: Awaited<ReturnType<typeof storePagePaint>> | undefined
  const paintRow = (measure: string, goal: string, key: 'noticesMs' | 'readyMs') =>
    row(measure, goal, async () => {
      if (!paint) {
        const server = await serve({}, await tempDir('paint'))
        const browser = await launchBrowser()
        try {
          paint = await storePagePaint(browser, server.url, '44010001', join(ROOT, 'dist'), PAINT_ROUNDS)
        } finally {
          await browser.close()
        }
      }
      return {
        storevoice: `${paint.ssr[key].toFixed(0)} ms (server-rendered)`,
        baseline: `${paint.client[key].toFixed(0)} ms (client-rendered)`,
        ratio: times(paint.ssr[key] / paint.client[key]),
      }
    })
  await paintRow('Store page, 3G + 4× CPU: first paint with the notices', '≤ 1.0 s', 'noticesMs')
  await paintRow('Store page, 3G + 4× CPU: form usable (hydrated)', '≤ 1.5 s', 'readyMs')

  log('submissions: the real server and a bare node:http baseline, in alternating rounds')
  // The server as production runs it (node dist/server/main.js), on both engines.
  let built = false
  const buildServer = () => {
    if (!built && spawnSync(process.execPath, ['scripts/build-server.mjs'], { cwd: ROOT, stdio: 'inherit' }).status !== 0) throw new Error('the server did not build')
    built = true
  }
  // The rounds, then the same database work alone on the real server's
  // data once its rounds are over: the same rows, the same file or database.
  const submissions = async (bare: Side, real: Side, where: string): Promise<SubmissionRun> => {
    let load: Rounds
    try {
      load = await alternatingRounds(bare, real, LOAD_ROUNDS, LOAD_SECONDS, SEED)
    } finally {
      await bare.stop()
      await real.stop()
    }
    return { load, alone: intakeAlone(where) }
  }
  let sqliteRun: Promise<SubmissionRun> | undefined
  const runLoad = () =>
    (sqliteRun ??= (async () => {
      buildServer()
      const dataDir = await tempDir('real')
      return submissions(await startBare('bench/bare-server.ts', await tempDir('bare')), await serve({}, dataDir, { built: true }), dataDir)
    })())
  const SQLITE_BARE = 'bare node:http, one row per request'
  await row('POST /api/feedback on SQLite, 64 connections: requests/s', '≥ 0.8× bare', async () => rpsRow((await runLoad()).load, SQLITE_BARE))
  await row('POST /api/feedback on SQLite, 64 connections: p99 latency', '≤ 50 ms', async () => p99Row((await runLoad()).load))
  await row(
    'POST /api/feedback on SQLite, 64 connections: CPU time per submission, and the most it allows',
    '≥ 0.8× bare (below it, so is the requests/s row)',
    async () => cpuRow((await runLoad()).load),
  )
  await row('POST /api/feedback on SQLite: the same database work alone, batches of 64, no HTTP: submissions/s', 'bounds the requests/s row', async () =>
    aloneRow(await runLoad(), SQLITE_BARE),
  )

  let pgRun: Promise<SubmissionRun> | undefined
  const runPgLoad = () =>
    (pgRun ??= (async () => {
      buildServer()
      const [bareDb, realDb] = [await benchPostgres(), await benchPostgres()]
      try {
        // Each side's CPU counts PostgreSQL's processes on this machine too: the rounds alternate, so theirs during a round is that side's.
        const withPostgres = (side: Side): Side => ({ ...side, helpersCpuMs: () => cpuMsOfCommand('postgres') })
        const bare = withPostgres(await startBare('bench/bare-pg-server.ts', bareDb.url))
        const real = withPostgres(await serve({ DATABASE_URL: realDb.url }, await tempDir('real-pg'), { built: true }))
        return await submissions(bare, real, realDb.url)
      } finally {
        await bareDb.drop()
        await realDb.drop()
      }
    })())
  const PG_BARE = 'bare node:http + pg, one insert'
  await row('POST /api/feedback on PostgreSQL, 64 connections: requests/s', '≥ 0.6× bare', async () => rpsRow((await runPgLoad()).load, PG_BARE))
  await row('POST /api/feedback on PostgreSQL, 64 connections: p99 latency', 'lower is better', async () => p99Row((await runPgLoad()).load))
  await row(
    'POST /api/feedback on PostgreSQL, 64 connections: CPU time per submission (PostgreSQL\'s included), and the most it allows',
    '≥ 0.6× bare (below it, so is the requests/s row)',
    async () => cpuRow((await runPgLoad()).load),
  )
  await row('POST /api/feedback on PostgreSQL: the same database work alone, batches of 64, no HTTP: submissions/s', 'bounds the requests/s row', async () =>
    aloneRow(await runPgLoad(), PG_BARE),
  )

  // The generated city is built once, when the first row that needs it runs.
  const now = new Date()
  let city: Promise<{ dir: string; server: RunningServer; cookie: string }> | undefined
  const bigCity = () =>
    (city ??= (async () => {
      log(`generating ${CASES} cases over ${STORES} stores`)
      const dir = await tempDir('city')
      await buildBigCity(dir, STORES, CASES, SEED, now)
      const server = await serve({ ADMIN_PASSWORD: BENCH_ADMIN_PASSWORD, SEED_DEMO: '0' }, dir)
      return { dir, server, cookie: await login(server.url) }
    })())
  // A keep-alive connection the server closed while the bench was busy
  // elsewhere fails once on reuse; a second try gets a fresh one.
  const admin = async (path: string) => {
    const { server, cookie } = await bigCity()
    return fetch(`${server.url}${path}`, { headers: { cookie } }).catch(() => fetch(`${server.url}${path}`, { headers: { cookie } }))
  }

  log('CSV export')
  await row(`CSV export of ${CASES / 1e6}M cases: rows/s (peak RSS)`, 'streamed: peak RSS flat', async () => {
    const big = (await bigCity()).server
    const before = memoryOf(big.pid).rss
    resetPeak(big.pid)
    const started = performance.now()
    const res = await admin('/api/admin/feedback.csv')
    if (!res.ok || !res.body) throw new Error(`GET /api/admin/feedback.csv answered ${res.status}`)
    let lines = 0
    const reader = res.body.getReader()
    for (let r = await reader.read(); !r.done; r = await reader.read()) for (const b of r.value) if (b === 10) lines++
    const seconds = (performance.now() - started) / 1000
    const peak = memoryOf(big.pid).peak
    return { storevoice: `${(lines / seconds).toFixed(0)} rows/s, ${lines} rows (peak ${MB(peak)})`, baseline: `RSS ${MB(before)} before`, ratio: times(peak / before) }
  })

  log('per-store stats vs a naive GROUP BY')
  await row(`Per-store stats, ${CASES / 1e6}M cases / ${STORES} stores`, '≤ 50 ms and ≥ 10× faster', async () => {
    // The server parses each store's packed summary once per change of it
    // (server/stats/summary-reader.ts): the first request after start parses
    // all 2,500, later ones only what changed. Both are shown.
    // One page of the table the console shows first: the stores needing
    // attention most, sorted over the whole city by the server.
    const path = '/api/admin/stats/stores?sort=attention&pageSize=50'
    // Generated first (run alone with --only, the row would otherwise time the generator as the first request).
    await bigCity()
    const coldStart = performance.now()
    const first = await admin(path)
    if (!first.ok) throw new Error(`GET ${path} answered ${first.status}`)
    const count = ((await first.json()) as { total: number }).total
    const cold = performance.now() - coldStart
    const endpoint = await medianMs(async () => (await admin(path)).arrayBuffer(), 15, 2)
    const bigDir = (await bigCity()).dir
    const naive = await medianMs(() => naiveStoreStats(bigDir, now), 3, 1)
    return {
      storevoice: `${endpoint.toFixed(1)} ms (one page of 50 of ${count} rows, over HTTP; first request after start ${cold.toFixed(0)} ms; load average ${loadavg()[0]!.toFixed(1)})`,
      baseline: `${naive.toFixed(0)} ms (naive GROUP BY, in-process)`,
      ratio: `${(naive / endpoint).toFixed(0)}× faster`,
    }
  })

  await row(`Poster batch, ${STORES} stores`, 'seconds', async () => {
    const started = performance.now()
    const res = await admin('/api/admin/posters')
    if (!res.ok) throw new Error(`GET /api/admin/posters answered ${res.status}`)
    const bytes = (await res.arrayBuffer()).byteLength
    return { storevoice: `${((performance.now() - started) / 1000).toFixed(1)} s (${MB(bytes)})`, baseline: '', ratio: '' }
  })

  log('campaign progress over a generated city of visits')
  await row(`Campaign progress, ${STORES} stores / ${CAMPAIGN_VISITS / 1000}k visits`, '≤ 50 ms', async () => {
    const db = await buildCampaignCity(await tempDir('campaign'), STORES, CAMPAIGN_VISITS)
    try {
      const campaign = { id: 1, name: 'bench', from: '2026-11-01', to: '2026-11-30', districts: [], targets: { inspectedPct: null, trainedPct: null } }
      const progress = await campaignProgress(db, campaign, '2026-11-30')
      const ours = await medianMs(() => campaignProgress(db, campaign, '2026-11-30'), 15, 2)
      const naive = await medianMs(() => naiveCampaignProgress(db, campaign.from, campaign.to), 5, 1)
      return {
        storevoice: `${ours.toFixed(1)} ms (in-process; ${progress.inspected} stores inspected, ${progress.failedItems} items failed, ${progress.rectification.open} cases open)`,
        baseline: `${naive.toFixed(0)} ms (every visit and answer read into memory)`,
        ratio: `${(naive / ours).toFixed(1)}× faster`,
      }
    } finally {
      await db.close()
    }
  })

  // Province size: 200,000 stores and 5,000,000 cases, on each engine. The
  // two cities are generated side by side (bench/province-stats.ts); the
  // reads are measured afterwards, one engine at a time.
  let province: Promise<{ sqlite: ProvinceReads; postgres: ProvinceReads | Error }> | undefined
  const provinceRun = () =>
    (province ??= (async () => {
      log(`generating ${PROVINCE_CASES} cases over ${PROVINCE_STORES} stores, on SQLite and PostgreSQL side by side`)
      const dir = await tempDir('province')
      const pgDb = await benchPostgres().catch(asError)
      try {
        const built = await buildProvince(dir, pgDb instanceof Error ? pgDb : pgDb.url, SEED, now, log)
        const readsOn = async (env: Record<string, string>, dataDir: string) => {
          const server = await serve({ ADMIN_PASSWORD: BENCH_ADMIN_PASSWORD, SEED_DEMO: '0', ...env }, dataDir)
          try {
            return await provinceReads(server.url, await login(server.url))
          } finally {
            await server.stop()
          }
        }
        const sqlite = await readsOn({}, dir)
        await rm(dir, { recursive: true, force: true })
        if (pgDb instanceof Error) return { sqlite, postgres: pgDb }
        if (built.postgres) return { sqlite, postgres: built.postgres }
        return { sqlite, postgres: await readsOn({ DATABASE_URL: pgDb.url }, await tempDir('province-pg')).catch(asError) }
      } finally {
        if (!(pgDb instanceof Error)) await pgDb.drop()
      }
    })())
  const provinceSize = `${PROVINCE_STORES.toLocaleString('en')} stores / ${PROVINCE_CASES.toLocaleString('en')} cases`
  for (const engine of ['SQLite', 'PostgreSQL'] as const) {
    const reads = async () => {
      const p = await provinceRun()
      const r = engine === 'SQLite' ? p.sqlite : p.postgres
      if (r instanceof Error) throw r
      return r
    }
    await row(`Store statistics, one page, ${provinceSize}, ${engine}`, '≤ 50 ms', async () => {
      const p = await reads()
      const slowest = Math.max(p.page, p.byTotal, p.attention, p.last7, p.districtAttention)
      return {
        storevoice: `${slowest.toFixed(1)} ms (slowest order; page 7 of 50, of ${p.stores} rows, over HTTP)`,
        baseline: `registry ${p.page.toFixed(1)}, total ${p.byTotal.toFixed(1)}, attention ${p.attention.toFixed(1)}, last 7 days ${p.last7.toFixed(1)}, one district by attention ${p.districtAttention.toFixed(1)} ms; load average ${loadavg()[0]!.toFixed(1)}`,
        ratio: '',
      }
    })
    await row(`Dashboard totals, ${provinceSize}, ${engine}`, '≤ 100 ms', async () => {
      const p = await reads()
      return { storevoice: `${p.dashboard.toFixed(0)} ms (over HTTP; from the district rollups)`, baseline: '', ratio: '' }
    })
  }

  await row(`Server RSS with ${CASES / 1e6}M cases`, '≤ 150 MB (production build, after the reads)', async () => {
    // Last row: the city's tsx server makes way for the built one on the same data.
    const { dir, server } = await bigCity()
    await server.stop()
    const { city, empty } = await serverRss(dir)
    return {
      storevoice: `${MB(city.rss)} (peak ${MB(city.peak)}; after the store table, dashboard and districts)`,
      baseline: `${MB(empty.rss)} (the same reads on an empty city)`,
      ratio: times(city.rss / empty.rss),
    }
  })
}

function machine(): string {
  const model = /model name\s*:\s*(.+)/.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ?? 'unknown CPU'
  return `${model}, ${cpus().length} cores, Node ${process.version}, load average at start ${LOAD_AT_START}, a 4 KB write and fdatasync ${SYNCED_WRITE_AT_START} ms`
}

/** BENCHMARKS.md with the rows of this `--only` run put in place of (or after) the old ones. */
function mergeRows(old: string): string {
  const lines = old.split('\n')
  for (const r of rows) {
    const line = `| ${r.measure} | ${r.storevoice} | ${r.baseline} | ${r.ratio} | ${r.goal} |`
    const at = lines.findIndex((l) => l.startsWith(`| ${r.measure} |`))
    if (at >= 0) lines[at] = line
    else {
      const lastRow = lines.reduce((last, l, i) => (l.startsWith('| ') ? i : last), -1)
      lines.splice(lastRow + 1, 0, line)
    }
  }
  const note = `Rows matching "${ONLY}" rerun on ${new Date().toISOString().slice(0, 10)} with \`npm run bench -- --only\` (${machine()}).`
  // A rerun with the same filter replaces its earlier note rather than adding another.
  const paragraphs = lines.join('\n').split('\n\n').filter((p) => !p.startsWith(`Rows matching "${ONLY}" rerun`))
  return paragraphs.join('\n\n').replace(/\nHow each row is measured/, `\n${note}\n\nHow each row is measured`)
}

function table(): string {
  const head = '| measure | StoreVoice | baseline (same run) | ratio | goal |\n| --- | --- | --- | --- | --- |'
  return [head, ...rows.map((r) => `| ${r.measure} | ${r.storevoice} | ${r.baseline} | ${r.ratio} | ${r.goal} |`)].join('\n')
}

try {
  await main()
} finally {
  for (const s of servers) await s.stop().catch(() => undefined)
  for (const d of dirs) await rm(d, { recursive: true, force: true })
}
const seconds = ((performance.now() - began) / 1000).toFixed(0)
const out = table()
console.log(out)
if (ONLY) await writeFile(join(ROOT, 'BENCHMARKS.md'), mergeRows(readFileSync(join(ROOT, 'BENCHMARKS.md'), 'utf8')))
else
  await writeFile(
  join(ROOT, 'BENCHMARKS.md'),
  `# Benchmarks

Output of \`npm run bench\` (${new Date().toISOString().slice(0, 10)}, ${seconds} s), on ${machine()}.
The load generator (autocannon) runs on the same machine as the server. Submissions commit
with \`synchronous=FULL\`, so their rows vary with the disk and with whatever else the machine
is doing: each side is the median of ${LOAD_ROUNDS} alternating rounds of ${LOAD_SECONDS} s, with the range shown.

${out}

How each row is measured: see \`bench/run.ts\`. Data is generated from a fixed seed (${SEED});
the bench cleans up its temporary data directories.
`,
)
