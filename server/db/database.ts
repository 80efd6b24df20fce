// The thin wrapper every query goes through: promise-returning all/get/run,
// and a transaction helper that serialises transactions on the one
// connection (sqlite3 runs statements of one connection in order, but two
// interleaved async transactions would otherwise share a BEGIN).
import sqlite3 from 'sqlite3'
import type { Engine } from './dialect.ts'
import { BACKSTOP_PAGES, startCheckpointer, type Checkpointer } from './checkpointer.ts'
import { groupCommit } from './group-commit.ts'
import { shareMemo, versionScopes } from './tx-memo.ts'
import { createWriteGate, gateFor, throughGate } from './write-gate.ts'

export type Param = string | number | bigint | null | Buffer
export type Params = readonly Param[] | Record<string, Param>

export interface RunResult {
  changes: number
  lastID: number
}

export interface Queryable {
  all<T>(sql: string, params?: Params): Promise<T[]>
  get<T>(sql: string, params?: Params): Promise<T | undefined>
  run(sql: string, params?: Params): Promise<RunResult>
  exec(sql: string): Promise<void>
}

export interface Database extends Queryable {
  /** Which engine answers: the dialect differences are in dialect.ts. */
  readonly engine: Engine
  /** Runs fn inside BEGIN IMMEDIATE … COMMIT on the writer; rolls back if it throws. */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>
  /**
   * Runs fn in one transaction with the other grouped writes that arrive
   * together, side by side (group-commit.ts says what fn must therefore
   * do; PostgreSQL runs each in its own transaction);
   * resolves once that transaction committed, rejects with fn's error with
   * only fn's writes undone.
   */
  grouped<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>
  /** Calls fn for each row without holding the whole result in memory. */
  each<T>(sql: string, params: Params, onRow: (row: T) => void): Promise<number>
  /** Runs fn while no other process runs it on this database (migrations and seed at start-up). */
  exclusively<T>(fn: () => Promise<T>): Promise<T>
  close(): Promise<void>
  readonly filename: string
  /** What opens another handle to the same data (the intake worker's): the file, or the URL with its credentials. Never shown. */
  readonly location: string
  /** SQLite: what another handle on the file in this process gives way to (write-gate.ts). */
  readonly writeGate?: SharedArrayBuffer
}

/** `yieldTo`: the write gate of the handle on the same file this one gives way to (write-gate.ts). */
export async function openDatabase(filename: string, yieldTo?: SharedArrayBuffer): Promise<Database> {
  const shared = yieldTo ?? createWriteGate()
  const gate = gateFor(shared, yieldTo ? 'yielding' : 'first')
  const writerRaw = await connect(filename)
  const writer = preparedQueryable(writerRaw)
  // WAL lets readers (the console, exports) run beside the single writer.
  // synchronous=FULL fsyncs the WAL on every commit: an acknowledged
  // submission survives a power cut, not only a process crash. The cost is
  // one fsync per write transaction, which the kit's write rate can afford.
  if (filename !== ':memory:') await writer.exec('PRAGMA journal_mode = WAL')
  await setUp(writer)
  // The first handle on a file checkpoints in the background, on a
  // connection of its own (checkpointer.ts).
  if (filename !== ':memory:') await writer.exec(`PRAGMA wal_autocheckpoint = ${BACKSTOP_PAGES}`)
  const checkpointRaw = filename === ':memory:' || yieldTo ? null : await connect(filename)
  let checkpointer: Checkpointer | null = null
  if (checkpointRaw) {
    const checkpointing = preparedQueryable(checkpointRaw)
    await setUp(checkpointing)
    checkpointer = startCheckpointer(checkpointing.exec)
  }
  // Reads use their own connection so that they only ever see committed
  // data, never the inside of a transaction that is still running on the
  // writer. An in-memory database exists once per connection, so it has one.
  // The reader keeps its statements prepared too: every submission reads
  // its category and store there, and a fresh statement is three trips
  // through the thread pool where a prepared one is one.
  const readerRaw = filename === ':memory:' ? writerRaw : await connect(filename)
  const reader = readerRaw === writerRaw ? writer : preparedQueryable(readerRaw)
  if (readerRaw !== writerRaw) await setUp(reader)

  // Writes are serialised here: one connection must not interleave two
  // transactions' statements.
  let queue: Promise<unknown> = Promise.resolve()
  const serialised = <T>(work: () => Promise<T>): Promise<T> => {
    const next = queue.then(work)
    queue = next.catch(() => undefined)
    return next
  }

  // Another handle on the file in this process (write-gate.ts) waits its turn here.
  const transaction = <T>(fn: (tx: Queryable) => Promise<T>) =>
    serialised(() =>
      throughGate(gate, async () => {
        await writer.exec('BEGIN IMMEDIATE')
        try {
          // A handle of its own per transaction: what tx-memo.ts keeps ends with it.
          const result = await fn({ ...writer })
          await writer.exec('COMMIT')
          return result
        } catch (err) {
          await writer.exec('ROLLBACK').catch(() => undefined)
          throw err
        }
      }),
    )

  // A grouped write's transaction reads the version of the rows it may
  // share with the transactions before it (tx-memo.ts, migration 0260): the
  // intake worker's batches then read them again only once the server's
  // thread, or a command-line tool, has changed them.
  const referenceScope = versionScopes()
  const grouped = groupCommit<Queryable>((fn) =>
    transaction(async (tx) => {
      const reference = await tx.get<{ n: number }>('SELECT n FROM reference_version')
      shareMemo(tx, referenceScope(reference?.n))
      return fn(tx)
    }),
  )

  return {
    filename,
    location: filename,
    writeGate: shared,
    engine: 'sqlite',
    all: reader.all,
    get: reader.get,
    run: (sql, params) => serialised(() => throughGate(gate, () => writer.run(sql, params))),
    exec: (sql) => serialised(() => throughGate(gate, () => writer.exec(sql))),
    transaction,
    grouped,
    each<T>(sql: string, params: Params, onRow: (row: T) => void): Promise<number> {
      return new Promise((resolve, reject) => {
        readerRaw.each(
          sql,
          params,
          (err: Error | null, row: T) => {
            if (!err) onRow(row)
          },
          (err: Error | null, count: number) => (err ? reject(err) : resolve(count)),
        )
      })
    },
    // One SQLite file is one instance's (its pid file says so): nobody to wait for.
    exclusively: (fn) => fn(),
    async close() {
      // A batch may still be waiting for its turn (its client gone, the
      // server closed): its statements must be finalized too.
      await grouped.drained()
      await queue
      await checkpointer?.stop()
      if (checkpointRaw) await closeRaw(checkpointRaw)
      await writer.finalizeAll()
      if (readerRaw !== writerRaw) {
        await reader.finalizeAll()
        await closeRaw(readerRaw)
      }
      await closeRaw(writerRaw)
    },
  }
}

function connect(filename: string): Promise<sqlite3.Database> {
  return new Promise((resolve, reject) => {
    const db = new sqlite3.Database(filename, (err) => (err ? reject(err) : resolve(db)))
  })
}

function closeRaw(db: sqlite3.Database): Promise<void> {
  return new Promise((resolve, reject) => db.close((err) => (err ? reject(err) : resolve())))
}

async function setUp(q: Queryable): Promise<void> {
  await q.exec('PRAGMA synchronous = FULL')
  await q.exec('PRAGMA foreign_keys = ON')
  await q.exec('PRAGMA busy_timeout = 5000')
}

// Both connections keep their statements prepared. Writes are serialised,
// so the writer's round trips to the driver's thread pool are the kit's
// write rate (issue 14): a fresh statement costs three (prepare, run,
// finalize), a prepared one one. Calls on one prepared statement queue in
// the driver and run in order. Past the cap (statements with long IN
// lists) start over.
const PREPARED_MAX = 500

function preparedQueryable(raw: sqlite3.Database): Queryable & { finalizeAll(): Promise<void> } {
  const statements = new Map<string, Promise<sqlite3.Statement>>()
  const finalize = (all: Promise<sqlite3.Statement>[]) =>
    Promise.all(all.map((p) => p.then((st) => new Promise<void>((resolve) => st.finalize(() => resolve()))).catch(() => undefined)))
  const prepared = (sql: string): Promise<sqlite3.Statement> => {
    let st = statements.get(sql)
    if (!st) {
      if (statements.size >= PREPARED_MAX) {
        void finalize([...statements.values()])
        statements.clear()
      }
      st = new Promise<sqlite3.Statement>((resolve, reject) => {
        const statement: sqlite3.Statement = raw.prepare(sql, (err) => (err ? reject(err) : resolve(statement)))
      })
      statements.set(sql, st)
      // A statement that does not compile is not kept: the next call reports it again.
      st.catch(() => statements.delete(sql))
    }
    return st
  }
  // Every call runs its statement to the end (SQLITE_DONE), so none is left
  // active: an active statement would hold its read snapshot into the next
  // transaction. `get` therefore reads all rows and keeps the first.
  const all = async <T>(sql: string, params: Params = []) => {
    const st = await prepared(sql)
    return new Promise<T[]>((resolve, reject) => st.all(params, (err: Error | null, rows: T[]) => (err ? reject(err) : resolve(rows))))
  }
  return {
    all,
    get: async <T>(sql: string, params: Params = []) => (await all<T>(sql, params))[0],
    run: async (sql: string, params: Params = []) => {
      const st = await prepared(sql)
      return new Promise<RunResult>((resolve, reject) =>
        st.run(params, function (err: Error | null) {
          if (err) reject(err)
          else resolve({ changes: this.changes, lastID: this.lastID })
        }),
      )
    },
    exec: (sql: string) => new Promise<void>((resolve, reject) => raw.exec(sql, (err) => (err ? reject(err) : resolve()))),
    async finalizeAll() {
      const open = [...statements.values()]
      statements.clear()
      await finalize(open)
    },
  }
}
