// Everything the server needs from its data directory, made ready: the
// database opened and migrated, the first start seeded, the calendar read.
// DATABASE_URL puts the database on PostgreSQL instead of DATA_DIR's SQLite
// file (the data directory still holds the pid file).
import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import { createCalendarStore } from './calendar/calendar-store.ts'
import { readCalendarFiles } from './calendar/load-calendar.ts'
import type { Config } from './config.ts'
import { openDatabase, type Database } from './db/database.ts'
import { migrate } from './db/migrate.ts'
import { openPostgres } from './db/postgres.ts'
import type { Clock } from './clock.ts'
import { seed } from './seed/seed.ts'

export const DB_FILE = 'storevoice.db'

/** The configured database, not yet migrated: PostgreSQL at DATABASE_URL, or the SQLite file in DATA_DIR. */
export async function openConfiguredDatabase(config: Config): Promise<Database> {
  return config.databaseUrl ? openPostgres(config.databaseUrl) : openDatabase(join(config.dataDir, DB_FILE))
}

export async function openData(config: Config, clock: Clock) {
  await mkdir(config.dataDir, { recursive: true })
  const db = await openConfiguredDatabase(config)
  try {
    await migrate(db)
    const seeded = await seed(db, { demo: config.seedDemo, adminPassword: config.adminPassword, now: clock.now() })
    return { db, seeded, calendar: await createCalendarStore(db, await readCalendarFiles()) }
  } catch (err) {
    await db.close()
    throw err
  }
}
