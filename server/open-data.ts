// Everything the server needs from its data directory, made ready: the
// database opened and migrated, the first start seeded, the calendar read.
// DATABASE_URL puts the database on PostgreSQL instead of DATA_DIR's SQLite
// file (the data directory still holds the pid file).
import { chmod, mkdir, open } from 'node:fs/promises'
import { join } from 'node:path'
import { createCalendarStore } from './calendar/calendar-store.ts'
import { readCalendarFiles } from './calendar/load-calendar.ts'
import type { Config } from './config.ts'
import { openDatabase, type Database } from './db/database.ts'
import { migrate } from './db/migrate.ts'
import { openPostgres } from './db/postgres.ts'
import type { Clock } from './clock.ts'
import { seedDemoSamples } from './seed/demo-samples.ts'
import { seed } from './seed/seed.ts'

export const DB_FILE = 'storevoice.db'

/** The data directory holds a database that cannot be used; the message names the file and the fix. */
export class DataFileError extends Error {
  override name = 'DataFileError'
}

const SQLITE_HEADER = 'SQLite format 3\0'

/**
 * A database file that exists but is empty or not SQLite would be silently
 * re-seeded as a new city (issue 13), hiding that the real data is gone.
 * Only a missing file means a first start.
 */
async function refuseUnusableFile(file: string): Promise<void> {
  let header: string
  try {
    const handle = await open(file, 'r')
    try {
      const buffer = Buffer.alloc(16)
      const { bytesRead } = await handle.read(buffer, 0, 16, 0)
      header = buffer.subarray(0, bytesRead).toString('latin1')
    } finally {
      await handle.close()
    }
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return
    throw err
  }
  if (header !== SQLITE_HEADER) {
    const what = header.length === 0 ? 'is empty' : 'is not a SQLite database (damaged?)'
    throw new DataFileError(
      `${file} ${what}. Restore a backup (npm run restore -- <backup file>), or move the file away to start with a new, empty city.`,
    )
  }
}

/** Only the server's user may read the data: directory 0700, database files 0600 (issue 13). */
async function restrictPermissions(dataDir: string): Promise<void> {
  await chmod(dataDir, 0o700)
  for (const suffix of ['', '-wal', '-shm']) await chmod(join(dataDir, DB_FILE + suffix), 0o600).catch(() => undefined)
}

/** The configured database, not yet migrated: PostgreSQL at DATABASE_URL, or the SQLite file in DATA_DIR. */
export async function openConfiguredDatabase(config: Config): Promise<Database> {
  if (config.databaseUrl) return openPostgres(config.databaseUrl)
  await refuseUnusableFile(join(config.dataDir, DB_FILE))
  const db = await openDatabase(join(config.dataDir, DB_FILE))
  await restrictPermissions(config.dataDir)
  return db
}

export async function openData(config: Config, clock: Clock) {
  await mkdir(config.dataDir, { recursive: true, mode: 0o700 })
  const db = await openConfiguredDatabase(config)
  try {
    // Several instances may start at once on one PostgreSQL database: one
    // migrates and seeds, the others then find it done.
    const seeded = await db.exclusively(async () => {
      await migrate(db)
      return seed(db, { demo: config.seedDemo, adminPassword: config.adminPassword, now: clock.now() })
    })
    const calendar = await createCalendarStore(db, await readCalendarFiles())
    // The samples are written by the workflows, which take the app's parts;
    // they serve no pages, so no front-end folder is needed.
    if (seeded.seeded && config.seedSamples) await seedDemoSamples({ db, clock, config, calendar, staticDir: '' })
    return { db, seeded, calendar }
  } catch (err) {
    await db.close()
    throw err
  }
}
