// Small measuring tools the benchmark rows share.
import { closeSync, fdatasyncSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, writeSync } from 'node:fs'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'

/** Resident and peak resident memory of a process, in bytes (Linux /proc). */
export function memoryOf(pid: number): { rss: number; peak: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8')
  const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0) * 1024
  return { rss: kb('VmRSS'), peak: kb('VmHWM') }
}

// The kernel counts a process's CPU time in clock ticks (USER_HZ), 100 a
// second on every Linux the kit runs on.
const TICKS_PER_SECOND = 100

/** CPU time a process has used so far, every thread of it (those gone too), in milliseconds (Linux /proc). */
export function cpuMsOf(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
  // Fields after the command name, which may hold spaces: utime and stime are the 14th and 15th of the line.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND
}

/** CPU time used so far by every process running `command` (PostgreSQL's server and backends), in milliseconds. */
export function cpuMsOfCommand(command: string): number {
  let ms = 0
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    try {
      if (readFileSync(`/proc/${entry}/comm`, 'utf8').trim() === command) ms += cpuMsOf(Number(entry))
    } catch {
      // Gone between the listing and the read.
    }
  }
  return ms
}

/**
 * Median time of one 4 KB write made durable (fdatasync) in a file under
 * `dir`, in milliseconds: about what one commit with synchronous=FULL waits
 * for, so the most the bare servers can answer one by one on this disk.
 */
export function syncedWriteMs(dir: string, writes = 200): number {
  const scratch = mkdtempSync(join(dir, 'storevoice-bench-fsync-'))
  const fd = openSync(join(scratch, 'probe'), 'w')
  const page = Buffer.alloc(4096, 1)
  const times: number[] = []
  try {
    for (let i = 0; i < writes; i++) {
      const t = performance.now()
      writeSync(fd, page, 0, page.length, (i % 16) * page.length)
      fdatasyncSync(fd)
      times.push(performance.now() - t)
    }
  } finally {
    closeSync(fd)
    rmSync(scratch, { recursive: true })
  }
  return median(times)
}

export function median(xs: number[]): number {
  const sorted = [...xs].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]!
}

/** Median wall time of `runs` calls, in milliseconds, after `warm` unmeasured ones. */
export async function medianMs(fn: () => Promise<unknown>, runs: number, warm = 1): Promise<number> {
  for (let i = 0; i < warm; i++) await fn()
  const times: number[] = []
  for (let i = 0; i < runs; i++) {
    const t = performance.now()
    await fn()
    times.push(performance.now() - t)
  }
  return median(times)
}

export const MB = (bytes: number) => `${(bytes / 1048576).toFixed(0)} MB`
