// The intake worker's thread (intake-worker.ts): opens the database the
// server's thread names, reads the calendar, batches the submissions it is
// posted and answers for each once its batch is stored, one message per
// batch.
import { parentPort, workerData } from 'node:worker_threads'
import { createCalendarStore } from '../calendar/calendar-store.ts'
import { readCalendarFiles } from '../calendar/load-calendar.ts'
import { openDatabase } from '../db/database.ts'
import type { Engine } from '../db/dialect.ts'
import { openPostgres } from '../db/postgres.ts'
import { batched } from './intake-batch.ts'
import type { FromWorker, ToWorker } from './intake-worker.ts'
import { storeNewCases, type Settled } from './store-new-cases.ts'

const port = parentPort!
const { engine, location, writeGate } = workerData as { engine: Engine; location: string; writeGate: SharedArrayBuffer | undefined }
const db = engine === 'postgres' ? await openPostgres(location) : await openDatabase(location, writeGate)
const calendar = await createCalendarStore(db, await readCalendarFiles())
const take = batched((items) => storeNewCases(db, calendar, items))
const post = (m: FromWorker) => port.postMessage(m)

// A batch's submissions settle together: their answers go back in one message.
let answers: [number, Settled][] = []
const answer = (id: number, settled: Settled) => {
  if (answers.length === 0) {
    queueMicrotask(() => {
      post({ type: 'settled', settled: answers })
      answers = []
    })
  }
  answers.push([id, settled])
}

port.on('message', (m: ToWorker) => {
  if (m.type === 'items') for (const [id, item] of m.items) void take(item).then((settled) => answer(id, settled))
  // The server's thread closes the worker once no submission is under way (main.ts).
  else void db.close().then(() => process.exit(0))
})
post({ type: 'ready' })
