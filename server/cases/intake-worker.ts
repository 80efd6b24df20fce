// The intake worker (issue 14): a thread of its own, with its own handle on
// the database, that stores the batches of new submissions
// (store-new-cases.ts). Each statement of a batch is a round trip whose
// answer comes back through an event loop; in the server's thread that loop
// is busy answering the requests (a batch of 30 answered at once is
// several milliseconds of work), and each of a batch's ten statements
// waited behind it. The worker's loop has nothing else to do. SQLite
// serialises its write transactions with the server thread's through the
// file's lock, as it would another process's, and the worker gives the
// server's thread the next turn (db/write-gate.ts).
//
// Should the worker fail, its batches fail as a whole and their
// submissions are stored one by one in the server's thread (intake-batch.ts).
import { once } from 'node:events'
import { Worker } from 'node:worker_threads'
import type { Database } from '../db/database.ts'
import type { IntakeWriter } from './intake-batch.ts'
import type { IntakeItem, Settled } from './store-new-cases.ts'

/** What the worker thread posts back. */
export type FromWorker = { type: 'ready' } | { type: 'stored'; id: number; settled: Settled[] } | { type: 'failed'; id: number }
/** What the server's thread posts to it. */
export type ToWorker = { type: 'batch'; id: number; items: readonly IntakeItem[] } | { type: 'close' }

export interface IntakeWorker {
  write: IntakeWriter
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
  const pending = new Map<number, { resolve: (settled: Settled[]) => void; reject: (err: Error) => void }>()
  let failure: Error | undefined
  const fail = (err: Error) => {
    failure ??= err
    for (const p of pending.values()) p.reject(err)
    pending.clear()
  }
  const ready = new Promise<void>((resolve, reject) => {
    worker.once('error', reject)
    worker.once('exit', () => reject(new Error('the intake worker did not start')))
    worker.once('message', () => resolve())
  })
  await ready
  worker.on('message', (m: FromWorker) => {
    if (m.type === 'ready') return
    const p = pending.get(m.id)
    pending.delete(m.id)
    if (m.type === 'stored') p?.resolve(m.settled)
    else p?.reject(new Error('the batch was not stored'))
  })
  worker.on('error', fail)
  worker.on('exit', () => fail(new Error('the intake worker exited')))
  let nextId = 0
  const post = (m: ToWorker) => worker.postMessage(m)
  return {
    write: (items) =>
      failure
        ? Promise.reject(failure)
        : new Promise((resolve, reject) => {
            const id = nextId++
            pending.set(id, { resolve, reject })
            post({ type: 'batch', id, items })
          }),
    async close() {
      if (failure) return
      const exited = once(worker, 'exit')
      post({ type: 'close' })
      await exited
    },
  }
}
