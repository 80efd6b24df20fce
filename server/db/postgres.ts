// The same Database interface on PostgreSQL (the `pg` pool). Statements are
// written in the query files' one spelling and translated by dialect.ts.
import { createHash } from 'node:crypto'
import pg from 'pg'
import type { Database, Params, Queryable, RunResult } from './database.ts'
import { renameRow, toPostgres, type PgStatement } from './dialect.ts'
import { shareMemo, versionScopes } from './tx-memo.ts'

// Counts and sums come back as int8/numeric, which pg hands over as strings
// (they may exceed 2^53); the kit's counts never do.
const INT8 = 20
const NUMERIC = 1700
const types = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === INT8 || oid === NUMERIC ? (v: string) => Number(v) : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
}

// Every write transaction takes this one lock, so write transactions are
// serialised across all instances exactly as SQLite's BEGIN IMMEDIATE
// serialises them: the workflows were written for that (read, decide,
// write), and keeping it makes them correct on several instances at once.
// The lock is one per schema (advisory locks are per database): kits in
// other schemas of the same database, as the test suites and the bench
// use, do not wait for each other's writes.
// Grouped writes (submissions, ratings) take it shared (issue 14): they run
// beside each other but never beside another write transaction, so a
// workflow that reads and decides still sees no submission half-written.
// Among themselves they only add rows, count with row-level upserts and
// change a store's summary under its row lock (takeStoreSummary); two that
// collide on a unique key (the same id sent twice at once, a store's first
// summary) are run again, and the second then finds the first's rows.
const WRITE_LOCK = 1_417_040_014
// Times a grouped write is run again after a unique violation or a deadlock.
const GROUPED_ATTEMPTS = 3
const RETRYABLE = new Set(['23505', '40P01'])
// Held while an instance migrates and seeds: two instances started together
// on an empty database would otherwise both create the tables and the admin.
const START_LOCK = 1_417_040_015
// Rows fetched at a time by each(): memory stays flat whatever the result's size.
const EACH_BATCH = 500

type Client = pg.Pool | pg.PoolClient

// Statements are prepared on the server under a name (issue 14): each
// connection parses and plans a statement once, later runs send only its
// name and values. The name is the text's hash, so the same text has the
// same name on every connection and in every pool. A statement with more
// parameters than this is an IN list of some length, one of many; those stay
// unnamed, so that what a connection keeps prepared stays bounded.
const NAMED_MAX_PARAMS = 16

interface Translated extends PgStatement {
  /** The prepared statement's name, or undefined to send it unnamed. */
  name: string | undefined
}

// The query files build a few hundred distinct statements; each is
// translated once. Past the cap (statements with long IN lists) start over.
const TRANSLATED_MAX = 2000
const translated = new Map<string, Translated>()
function translate(sql: string): Translated {
  let s = translated.get(sql)
  if (!s) {
    if (translated.size >= TRANSLATED_MAX) translated.clear()
    const pgs = toPostgres(sql)
    const parameters = Math.max(0, ...[...pgs.text.matchAll(/\$(\d+)/g)].map((m) => Number(m[1])))
    s = { ...pgs, name: parameters <= NAMED_MAX_PARAMS ? `sv_${createHash('sha1').update(pgs.text).digest('base64url')}` : undefined }
    translated.set(sql, s)
  }
  return s
}

function positional(params: Params | undefined): unknown[] {
  if (params === undefined) return []
  if (!Array.isArray(params)) throw new Error('named parameters are not supported on PostgreSQL')
  return params as unknown[]
}

/** What the statements of one pool depend on in its schema. */
interface Schema {
  idTables(): Promise<ReadonlySet<string>>
  /**
   * Goes up with every change of the schema (a migration): statements are
   * prepared under a name with it, so none prepared before the change (whose
   * answer may have other columns now) is used after it.
   */
  version: number
}

function queryable(client: Client, schema: Schema): Queryable {
  // A transaction's connection takes one query at a time (pg 9 refuses a
  // second while one runs): calls made together (db/side-by-side.ts) are
  // sent in the order they were made. A pool spreads them over connections.
  let last: Promise<unknown> = Promise.resolve()
  const inOrder = <T>(send: () => Promise<T>): Promise<T> => {
    if (client instanceof pg.Pool) return send()
    const next = last.then(send)
    last = next.catch(() => undefined)
    return next
  }
  const query = (s: Translated, text: string, params: Params | undefined) =>
    inOrder(() =>
      client.query({
        name: s.name === undefined ? undefined : `${s.name}${text === s.text ? '' : 'i'}${schema.version}`,
        text,
        values: positional(params),
      }),
    )
  return {
    async all<T>(sql: string, params?: Params) {
      const s = translate(sql)
      const r = await query(s, s.text, params)
      return r.rows.map((row) => renameRow<T>(row, s.aliases))
    },
    async get<T>(sql: string, params?: Params) {
      const s = translate(sql)
      const r = await query(s, s.text, params)
      return r.rows[0] === undefined ? undefined : renameRow<T>(r.rows[0], s.aliases)
    },
    async run(sql: string, params?: Params): Promise<RunResult> {
      const s = translate(sql)
      let text = s.text
      const wantsId = s.insertInto !== undefined && !/\bRETURNING\b/i.test(text) && (await schema.idTables()).has(s.insertInto.toLowerCase())
      if (wantsId) text += ' RETURNING id'
      const r = await query(s, text, params)
      return { changes: r.rowCount ?? 0, lastID: wantsId && r.rows[0] ? Number(r.rows[0].id) : 0 }
    },
    async exec(sql: string) {
      await inOrder(() => client.query(sql))
    },
  }
}

export async function openPostgres(url: string): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, types, max: 10 })
  // An idle connection the server dropped (a restart, a failover) must not
  // crash the process: the pool discards it and the next query opens another.
  pool.on('error', () => undefined)
  await pool.query('SELECT 1')
  // Tables with an `id` column: an INSERT into one answers its new id
  // (SQLite's lastID). Read again once the schema may have changed.
  let tables: Promise<ReadonlySet<string>> | undefined
  const schema: Schema = {
    idTables: () =>
      (tables ??= pool
        .query<{ name: string }>(
          `SELECT table_name AS name FROM information_schema.columns
           WHERE column_name = 'id' AND table_schema = current_schema()`,
        )
        .then((r) => new Set(r.rows.map((row) => row.name)))),
    version: 0,
  }
  const changedSchema = () => {
    tables = undefined
    schema.version++
  }
  const base = queryable(pool, schema)

  let queue: Promise<unknown> = Promise.resolve()
  const serialised = <T>(work: () => Promise<T>): Promise<T> => {
    const next = queue.then(work)
    queue = next.catch(() => undefined)
    return next
  }

  // BEGIN and the lock in one round trip; a grouped write also reads the
  // version of the rows it may share with the others (tx-memo.ts), once it
  // holds the lock, in the same round trip.
  const EXCLUSIVE = `BEGIN; SELECT pg_advisory_xact_lock(${WRITE_LOCK}, hashtext(current_schema()))`
  const SHARED = `BEGIN; SELECT pg_advisory_xact_lock_shared(${WRITE_LOCK}, hashtext(current_schema())); SELECT n FROM reference_version`
  const referenceScope = versionScopes()

  /**
   * One transaction on its own connection, under the write lock taken
   * exclusively or shared, or (`read`) without it.
   */
  const inTransaction = async <T>(
    lock: 'exclusive' | 'shared' | 'read',
    fn: (tx: Queryable, client: pg.PoolClient) => Promise<T>,
  ): Promise<T> => {
    const client = await pool.connect()
    try {
      const tx = queryable(client, schema)
      if (lock === 'shared') {
        // Several statements in one query answer one result each.
        const begun = (await client.query(SHARED)) as unknown as pg.QueryResult<{ n: number }>[]
        shareMemo(tx, referenceScope(begun[2]!.rows[0]!.n))
      } else await client.query(lock === 'exclusive' ? EXCLUSIVE : 'BEGIN')
      const result = await fn(tx, client)
      await client.query('COMMIT')
      return result
    } catch (err) {
      await client.query('ROLLBACK').catch(() => undefined)
      throw err
    } finally {
      client.release()
    }
  }

  const transaction = <T>(fn: (tx: Queryable) => Promise<T>) =>
    serialised(async () => {
      let changed = false
      const result = await inTransaction('exclusive', (tx) =>
        fn({
          ...tx,
          exec: async (sql) => {
            await tx.exec(sql)
            changed = true
            changedSchema()
          },
        }),
      )
      // The table list is read outside the transaction: read it again once the new tables are visible.
      if (changed) changedSchema()
      return result
    })

  const groupedWithRetries = async <T>(fn: (tx: Queryable) => Promise<T>): Promise<T> => {
    for (let attempt = 1; ; attempt++) {
      try {
        return await inTransaction('shared', fn)
      } catch (err) {
        const code = (err as { code?: unknown }).code
        if (attempt >= GROUPED_ATTEMPTS || typeof code !== 'string' || !RETRYABLE.has(code)) throw err
      }
    }
  }
  // Grouped writes still running, for close() to wait for.
  const running = new Set<Promise<unknown>>()
  const grouped = <T>(fn: (tx: Queryable) => Promise<T>): Promise<T> => {
    const p = groupedWithRetries(fn)
    const settled = p.catch(() => undefined).finally(() => running.delete(settled))
    running.add(settled)
    return p
  }

  return {
    filename: url.replace(/\/\/[^@/]*@/, '//'),
    location: url,
    engine: 'postgres',
    ...base,
    exec: async (sql) => {
      await base.exec(sql)
      changedSchema()
    },
    transaction,
    // One transaction per grouped write, run concurrently (see WRITE_LOCK):
    // each statement is a round trip, far dearer than the commit, so writes
    // are not put together here; new submissions come already batched, one
    // statement per table for the batch (server/cases/intake-batch.ts).
    grouped,
    async each<T>(sql: string, params: Params, onRow: (row: T) => void) {
      const s = translate(sql)
      // A cursor lives in a transaction; it reads no further than the rows fetched.
      return inTransaction('read', async (_tx, client) => {
        let n = 0
        await client.query(`DECLARE sv_each NO SCROLL CURSOR FOR ${s.text}`, positional(params))
        for (;;) {
          const r = await client.query(`FETCH ${EACH_BATCH} FROM sv_each`)
          for (const row of r.rows) onRow(renameRow<T>(row, s.aliases))
          n += r.rows.length
          if (r.rows.length < EACH_BATCH) break
        }
        return n
      })
    },
    async exclusively<T>(fn: () => Promise<T>) {
      const client = await pool.connect()
      try {
        await client.query('SELECT pg_advisory_lock($1)', [START_LOCK])
        return await fn()
      } finally {
        await client.query('SELECT pg_advisory_unlock($1)', [START_LOCK]).catch(() => undefined)
        client.release()
      }
    },
    async close() {
      await queue
      await Promise.all(running)
      await pool.end()
    },
  }
}
