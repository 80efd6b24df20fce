// Everything the server needs from its data directory, made ready: the
// database opened and migrated, the first start seeded, the calendar read.
import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import { createCalendarStore } from './calendar/calendar-store.ts'
import { readCalendarFiles } from './calendar/load-calendar.ts'
import type { Config } from './config.ts'
import { openDatabase } from './db/database.ts'
import { migrate } from './db/migrate.ts'
import type { Clock } from './clock.ts'
import { seed } from './seed/seed.ts'

export const DB_FILE = 'storevoice.db'

export async function openData(config: Config, clock: Clock) {
  await mkdir(config.dataDir, { recursive: true })
  const db = await openDatabase(join(config.dataDir, DB_FILE))
  try {
    await migrate(db)
    const seeded = await seed(db, { demo: config.seedDemo, adminPassword: config.adminPassword, now: clock.now() })
    return { db, seeded, calendar: await createCalendarStore(db, await readCalendarFiles()) }
  } catch (err) {
    await db.close()
    throw err
  }
}
