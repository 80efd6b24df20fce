// The intake worker (issue 14): a thread of its own, with its own handle on
// the database, that batches new submissions and stores the batches
// (intake-batch.ts, store-new-cases.ts). Each statement of a batch is a
// round trip whose answer comes back through an event loop; in the
// server's thread that loop is busy answering the requests (a batch of 30
// answered at once is several milliseconds of work), and each of a batch's
// ten statements waited behind it, as did the next batch. The worker's loop
// has nothing else to do: it begins the next batch as soon as one is
// stored. SQLite serialises its write transactions with the server
// thread's through the file's lock, as it would another process's, and the
// worker gives the server's thread the next turn (db/write-gate.ts).
//
// Should the worker fail, the submissions it holds come back `stored:
// false` and are stored one by one in the server's thread.
import { once } from 'node:events'
import { Worker } from 'node:worker_threads'
import type { Database } from '../db/database.ts'
import { AGAIN, type Intake, type IntakeItem, type Settled } from './store-new-cases.ts'

/** What the worker thread posts back: the submissions of a stored batch, by the ids they were posted under. */
export type FromWorker = { type: 'ready' } | { type: 'settled'; settled: [number, Settled][] }
/** What the server's thread posts to it. */
export type ToWorker = { type: 'items'; items: [number, IntakeItem][] } | { type: 'close' }

export interface IntakeWorker {
  take: Intake
  /** Waits for the batches under way, closes the worker's database handle and ends the thread. */
  close(): Promise<void>
}

// Built, the thread's module is JavaScript beside this file. Run from
// server/ it is TypeScript, and a worker does not inherit the --import of
// tsx: it registers tsx itself first.
const FROM_SOURCE = import.meta.url.endsWith('.ts')
const THREAD = new URL(`./intake-worker-thread.${FROM_SOURCE ? 'ts' : 'js'}`, import.meta.url)

function startThread(workerData: object): Worker {
  if (!FROM_SOURCE) return new Worker(THREAD, { workerData })
  const boot = `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(THREAD.href)}) })`
  return new Worker(boot, { eval: true, workerData })
}

export async function startIntakeWorker(db: Database): Promise<IntakeWorker> {
  const worker = startThread({ engine: db.engine, location: db.location, writeGate: db.writeGate })
  await new Promise<void>((resolve, reject) => {
    worker.once('error', reject)
    worker.once('exit', () => reject(new Error('the intake worker did not start')))
    worker.once('message', () => resolve())
  })
  const pending = new Map<number, (settled: Settled) => void>()
  let gone = false
  const giveBack = () => {
    gone = true
    for (const settle of pending.values()) settle(AGAIN)
    pending.clear()
  }
  worker.on('message', (m: FromWorker) => {
    if (m.type !== 'settled') return
    for (const [id, settled] of m.settled) {
      pending.get(id)?.(settled)
      pending.delete(id)
    }
  })
  worker.on('error', giveBack)
  worker.on('exit', giveBack)
  let nextId = 0
  const post = (m: ToWorker) => worker.postMessage(m)
  // The submissions read in one turn of the event loop (every connection
  // with data is read in one) go to the worker in one message: a message
  // wakes its thread, which costs the server's thread more than the copy.
  let outgoing: [number, IntakeItem][] = []
  const send = () => {
    post({ type: 'items', items: outgoing })
    outgoing = []
  }
  return {
    take: (item) =>
      gone
        ? Promise.resolve(AGAIN)
        : new Promise((settle) => {
            const id = nextId++
            pending.set(id, settle)
            if (outgoing.length === 0) setImmediate(send)
            outgoing.push([id, item])
          }),
    async close() {
      if (gone) return
      const exited = once(worker, 'exit')
      post({ type: 'close' })
      await exited
    },
  }
}
