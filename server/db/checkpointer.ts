// Checkpoints in the background. By default SQLite copies the WAL back into
// the database file inside the commit that takes the WAL past 1,000 pages:
// that commit (a batch of submissions, whose acknowledgements wait on it)
// also writes those pages into the file and fsyncs it. Here a connection of
// its own (database.ts opens it) does that work a few times a second,
// PASSIVE (it never makes a writer or a reader wait), on the driver's thread
// pool; the writers only append to the WAL. They keep an automatic
// checkpoint far off, so the WAL stays bounded should this one fall behind
// or stop.

/** The writers' own automatic checkpoint: a backstop, 40 MB of WAL with 4 KB pages. */
export const BACKSTOP_PAGES = 10_000
const EVERY_MS = 250

export interface Checkpointer {
  /** Stops the ticks and waits for a checkpoint under way. */
  stop(): Promise<void>
}

/** `exec` runs a statement on the checkpointing connection. */
export function startCheckpointer(exec: (sql: string) => Promise<void>): Checkpointer {
  let running: Promise<void> | null = null
  const timer = setInterval(() => {
    // A checkpoint that fails (the file busy for a moment) is tried again on the next tick.
    running ??= exec('PRAGMA wal_checkpoint(PASSIVE)')
      .catch(() => undefined)
      .finally(() => (running = null))
  }, EVERY_MS)
  timer.unref()
  return {
    async stop() {
      clearInterval(timer)
      await running
    },
  }
}
