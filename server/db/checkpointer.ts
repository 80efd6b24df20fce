// Checkpoints in the background. By default SQLite copies the WAL back into
// the database file inside the commit that takes the WAL past 1,000 pages:
// that commit (a batch of submissions, whose acknowledgements wait on it)
// also writes those pages into the file and fsyncs it. Here a connection of
// its own does that work a few times a second, PASSIVE (it never makes a
// writer or a reader wait), on the driver's thread pool; the writers only
// append to the WAL. They keep an automatic checkpoint far off, so the WAL
// stays bounded should this one fall behind or stop.
import sqlite3 from 'sqlite3'

/** The writers' own automatic checkpoint: a backstop, 40 MB of WAL with 4 KB pages. */
export const BACKSTOP_PAGES = 10_000
const EVERY_MS = 250

export interface Checkpointer {
  stop(): Promise<void>
}

export async function startCheckpointer(filename: string): Promise<Checkpointer> {
  const raw = await new Promise<sqlite3.Database>((resolve, reject) => {
    const db = new sqlite3.Database(filename, (err) => (err ? reject(err) : resolve(db)))
  })
  const exec = (sql: string) => new Promise<void>((resolve) => raw.exec(sql, () => resolve()))
  await exec('PRAGMA busy_timeout = 5000')
  // A checkpoint that fails (the file busy for a moment) is tried again on the next tick.
  let running: Promise<void> = Promise.resolve()
  let busy = false
  const timer = setInterval(() => {
    if (busy) return
    busy = true
    running = exec('PRAGMA wal_checkpoint(PASSIVE)').finally(() => (busy = false))
  }, EVERY_MS)
  timer.unref()
  return {
    async stop() {
      clearInterval(timer)
      await running
      await new Promise<void>((resolve) => raw.close(() => resolve()))
    },
  }
}
