// The real server as a child process (node + tsx, the same entry as
// `npm start`) on a free port and its own data directory.
import { spawn, type ChildProcess } from 'node:child_process'
import { closeSync, openSync, readFileSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const ROOT = fileURLToPath(new URL('../../', import.meta.url))

export interface RunningServer {
  url: string
  dataDir: string
  pid: number
  output(): string
  /** SIGTERM and wait for exit. */
  stop(): Promise<number | null>
  /** SIGKILL (a crash: no clean-up at all) and wait for exit; the data directory stays. */
  kill(): Promise<void>
}

export interface StartOptions {
  /** The production server (`npm run build` first), as `npm run serve` runs it. */
  built?: boolean
  /**
   * Its output written to this file, as a production host would, instead of
   * a pipe this process reads: under load (the bench) every request's log
   * line would otherwise be read by the process generating the load.
   */
  logFile?: string
}

export async function startServer(env: Record<string, string> = {}, dataDir?: string, opts: StartOptions = {}): Promise<RunningServer> {
  const dir = dataDir ?? (await mkdtemp(join(tmpdir(), 'storevoice-server-')))
  const entry = opts.built ? ['dist/server/main.js'] : ['--import', 'tsx', 'server/main.ts']
  const log = opts.logFile === undefined ? undefined : openSync(opts.logFile, 'w')
  const child: ChildProcess = spawn(process.execPath, entry, {
    cwd: ROOT,
    env: { ...process.env, HOST: '127.0.0.1', PORT: '0', DATA_DIR: dir, ...env },
    stdio: log === undefined ? ['ignore', 'pipe', 'pipe'] : ['ignore', log, log],
  })
  if (log !== undefined) closeSync(log)
  let piped = ''
  child.stdout?.on('data', (d: Buffer) => (piped += d.toString()))
  child.stderr?.on('data', (d: Buffer) => (piped += d.toString()))
  const output = () => (opts.logFile === undefined ? piped : readFileSync(opts.logFile, 'utf8'))
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)))

  const url = await new Promise<string>((resolve, reject) => {
    const done = () => {
      clearTimeout(timer)
      clearInterval(poll)
      child.stdout?.off('data', check)
    }
    const timer = setTimeout(() => (done(), reject(new Error(`server did not start:\n${output()}`))), 30_000)
    const check = () => {
      const m = /listening on (http:\/\/[\d.]+:\d+)/.exec(output())
      if (m) {
        done()
        resolve(m[1]!)
      }
    }
    child.stdout?.on('data', check)
    // A file gives no event when the child writes to it.
    const poll = opts.logFile === undefined ? undefined : setInterval(check, 50)
    void exited.then(() => {
      done()
      reject(new Error(`server exited:\n${output()}`))
    })
  })

  return {
    url,
    dataDir: dir,
    pid: child.pid!,
    output,
    async kill() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL')
      await exited
    },
    async stop() {
      if (child.exitCode === null) child.kill('SIGTERM')
      const code = await exited
      if (!dataDir) await rm(dir, { recursive: true, force: true })
      return code
    },
  }
}

/** Logs an account in on a running server: the headers of its writes (session cookie and CSRF token). */
export async function staffHeaders(server: RunningServer, password: string, username = 'admin'): Promise<Record<string, string>> {
  const res = await fetch(`${server.url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  })
  if (res.status !== 200) throw new Error(`login failed: ${res.status}`)
  const { csrfToken } = (await res.json()) as { csrfToken: string }
  return { cookie: res.headers.get('set-cookie')!.split(';')[0]!, 'x-csrf-token': csrfToken }
}
