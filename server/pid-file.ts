// A running server leaves its process id in its data directory, so that
// `npm run restore` can refuse to swap the database under a live server.
// A server killed without warning leaves the file behind; a pid whose
// process is gone does not count.
import { readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

export const PID_FILE = 'server.pid'

export function writePidFile(dataDir: string): void {
  writeFileSync(join(dataDir, PID_FILE), `${process.pid}\n`)
}

export function removePidFile(dataDir: string): void {
  rmSync(join(dataDir, PID_FILE), { force: true })
}

/** The pid of a live server on this data directory, if there is one. */
export function runningServerPid(dataDir: string): number | undefined {
  let pid: number
  try {
    pid = Number(readFileSync(join(dataDir, PID_FILE), 'utf8').trim())
  } catch {
    return undefined
  }
  if (!Number.isInteger(pid) || pid <= 0 || pid === process.pid) return undefined
  try {
    process.kill(pid, 0)
    return pid
  } catch (err) {
    // EPERM: it exists but belongs to someone else, so it is alive.
    return (err as NodeJS.ErrnoException).code === 'EPERM' ? pid : undefined
  }
}
