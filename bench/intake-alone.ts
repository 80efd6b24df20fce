// What bounds the submission rows (issue 14): the submission's database
// work and nothing else. Full batches of new cases (store-new-cases.ts, as
// the intake worker stores them) written back to back on the server's data
// (its SQLite file, or its PostgreSQL database), in a process of its own
// with no HTTP, no hand-off between threads and no load generator beside
// it. No server in front of this work answers more submissions per second
// than this stores, so its ratio to the bare baseline is the most the
// requests/s row can reach on the machine.
// Run as a child process: node --import tsx bench/intake-alone.ts <dataDir | postgres://…> <seconds> <rounds> <seed>
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { createCalendarStore } from '../server/calendar/calendar-store.ts'
import { readCalendarFiles } from '../server/calendar/load-calendar.ts'
import { MAX_BATCH } from '../server/cases/intake-batch.ts'
import { prepareItem, storeNewCases, type PreparedItem } from '../server/cases/store-new-cases.ts'
import { openDatabase } from '../server/db/database.ts'
import { openPostgres } from '../server/db/postgres.ts'
import { DB_FILE } from '../server/open-data.ts'
import { feedbackInputSchema, parseWith } from '../shared/schemas.ts'
import { median } from './measure.ts'
import { submissionBodies } from './submit-load.ts'

const [where, seconds, rounds, seed] = [process.argv[2]!, Number(process.argv[3]), Number(process.argv[4]), Number(process.argv[5])]
const db = where.startsWith('postgres') ? await openPostgres(where) : await openDatabase(join(where, DB_FILE))
const calendar = await createCalendarStore(db, await readCalendarFiles())
const body = submissionBodies(seed)

// Parsing is the request's work, not the database's, and the intake
// prepares each submission as it arrives, while the batch before it is
// written (intake-batch.ts): both done outside the timing.
function batch(): PreparedItem[] {
  return Array.from({ length: MAX_BATCH }, () => {
    const parsed = parseWith(feedbackInputSchema, JSON.parse(body()))
    if (!parsed.ok) throw new Error('a generated body did not parse')
    return prepareItem({ input: parsed.value, receivedAt: new Date() })
  })
}

/** Submissions stored per second of storing, over `ms` of it. */
async function store(ms: number): Promise<number> {
  let spent = 0
  let stored = 0
  while (spent < ms) {
    const items = batch()
    const started = performance.now()
    const settled = await storeNewCases(db, calendar, items)
    spent += performance.now() - started
    stored += settled.filter((s) => s.ok && s.value.stored).length
  }
  return stored / (spent / 1000)
}

await store(1000)
const perSecond: number[] = []
for (let i = 0; i < rounds; i++) perSecond.push(await store(seconds * 1000))
await db.close()
console.log(JSON.stringify({ perSecond: median(perSecond), rounds: perSecond }))
