// The intake worker's thread (intake-worker.ts): opens the database the
// server's thread names, reads the calendar, and stores each batch it is
// posted, answering with what became of each submission.
import { parentPort, workerData } from 'node:worker_threads'
import { createCalendarStore } from '../calendar/calendar-store.ts'
import { readCalendarFiles } from '../calendar/load-calendar.ts'
import { openDatabase } from '../db/database.ts'
import type { Engine } from '../db/dialect.ts'
import { openPostgres } from '../db/postgres.ts'
import type { FromWorker, ToWorker } from './intake-worker.ts'
import { storeNewCases } from './store-new-cases.ts'

const port = parentPort!
const { engine, location, writeGate } = workerData as { engine: Engine; location: string; writeGate: SharedArrayBuffer | undefined }
const db = engine === 'postgres' ? await openPostgres(location) : await openDatabase(location, writeGate)
const calendar = await createCalendarStore(db, await readCalendarFiles())
const post = (m: FromWorker) => port.postMessage(m)

port.on('message', (m: ToWorker) => {
  if (m.type === 'batch') {
    storeNewCases(db, calendar, m.items).then(
      (settled) => post({ type: 'stored', id: m.id, settled }),
      () => post({ type: 'failed', id: m.id }),
    )
  } else {
    // Batches posted earlier are queued in the database handle: close() waits for them.
    void db.close().then(() => process.exit(0))
  }
})
post({ type: 'ready' })
