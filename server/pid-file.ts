// A running server leaves its process id in its data directory, so that
// `npm run restore` can refuse to swap the database under a live server, and
// on a second line the base URL it links to, so that `npm run pair` run in
// another shell (without the server's PORT) links to the same address.
// A server killed without warning leaves the file behind; a pid whose
// process is gone does not count.
import { readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

export const PID_FILE = 'server.pid'

export function writePidFile(dataDir: string, baseUrl: string): void {
  writeFileSync(join(dataDir, PID_FILE), `${process.pid}\n${baseUrl}\n`)
}

export function removePidFile(dataDir: string): void {
  rmSync(join(dataDir, PID_FILE), { force: true })
}

/** The live server on this data directory, if there is one. */
export function runningServer(dataDir: string): { pid: number; baseUrl: string | undefined } | undefined {
  let lines: string[]
  try {
    lines = readFileSync(join(dataDir, PID_FILE), 'utf8').split('\n')
  } catch {
    return undefined
  }
  const pid = Number(lines[0])
  if (!Number.isInteger(pid) || pid <= 0 || pid === process.pid) return undefined
  const baseUrl = lines[1]?.trim() || undefined
  try {
    process.kill(pid, 0)
    return { pid, baseUrl }
  } catch (err) {
    // EPERM: it exists but belongs to someone else, so it is alive.
    return (err as NodeJS.ErrnoException).code === 'EPERM' ? { pid, baseUrl } : undefined
  }
}
