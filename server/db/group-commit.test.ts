import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openDatabase, type Database, type Queryable } from './database.ts'
import { groupCommit } from './group-commit.ts'
import { inTurn } from './tx-turn.ts'

describe('group commit on SQLite', () => {
  let dir: string
  let db: Database
  let commits: number
  let grouped: <T>(fn: (tx: Queryable) => Promise<T>) => Promise<T>

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'storevoice-group-'))
    db = await openDatabase(join(dir, 'group.db'))
    await db.exec('CREATE TABLE notes (id TEXT PRIMARY KEY, body TEXT NOT NULL)')
    // What the database's own grouped transactions read as they begin (migration 0260).
    await db.exec('CREATE TABLE reference_version (n INTEGER NOT NULL); INSERT INTO reference_version (n) VALUES (0)')
    commits = 0
    // The real transaction, its commits counted (a transaction rolled back is not one).
    grouped = groupCommit(async <T>(fn: (tx: Queryable) => Promise<T>) => {
      const result = await db.transaction(fn)
      commits++
      return result
    }, 8)
  })
  afterEach(async () => {
    await db.close()
    await rm(dir, { recursive: true, force: true })
  })

  const insert = (id: string) => (tx: Queryable) => tx.run('INSERT INTO notes (id, body) VALUES (?, ?)', [id, `note ${id}`])
  const count = async () => (await db.get<{ n: number }>('SELECT COUNT(*) AS n FROM notes'))!.n

  it('writes that arrive together share a commit, in batches of at most the bound', async () => {
    await Promise.all(Array.from({ length: 20 }, (_, i) => grouped(insert(`n${i}`))))
    expect(await count()).toBe(20)
    // 20 writes, at most 8 per transaction: three commits, not twenty.
    expect(commits).toBe(3)
  })

  it('a lone write is committed in a transaction of its own', async () => {
    await grouped(insert('alone'))
    expect(commits).toBe(1)
    expect(await count()).toBe(1)
  })

  it('answers a write only once its rows are committed and readable by another connection', async () => {
    const seen = await Promise.all(
      Array.from({ length: 5 }, (_, i) =>
        grouped(insert(`r${i}`)).then(() => db.get<{ id: string }>('SELECT id FROM notes WHERE id = ?', [`r${i}`])),
      ),
    )
    expect(seen.map((row) => row?.id)).toEqual(['r0', 'r1', 'r2', 'r3', 'r4'])
  })

  it('undoes a failing write alone: the others of its batch are kept', async () => {
    const failing = async (tx: Queryable) => {
      await tx.run('INSERT INTO notes (id, body) VALUES (?, ?)', ['half', 'written before the failure'])
      throw new Error('refused half-way')
    }
    const results = await Promise.allSettled([grouped(insert('a')), grouped(insert('b')), grouped(failing), grouped(insert('c'))])
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'fulfilled', 'rejected', 'fulfilled'])
    expect((results[2] as PromiseRejectedResult).reason).toEqual(new Error('refused half-way'))
    expect(commits).toBe(1)
    const ids = await db.all<{ id: string }>('SELECT id FROM notes ORDER BY id')
    expect(ids.map((r) => r.id)).toEqual(['a', 'b', 'c'])
  })

  it('stores the writes of a batch with a failing one exactly once, with their own answers', async () => {
    const failing = async (tx: Queryable) => {
      await tx.run('INSERT INTO notes (id, body) VALUES (?, ?)', ['dup', 'a second time'])
      return 'never'
    }
    await grouped(insert('dup'))
    const changes = (id: string) => async (tx: Queryable) => (await insert(id)(tx)).changes
    const answers = await Promise.allSettled([grouped(changes('p')), grouped(failing), grouped(changes('q'))])
    expect(answers.map((r) => (r.status === 'fulfilled' ? r.value : 'rejected'))).toEqual([1, 'rejected', 1])
    const ids = await db.all<{ id: string }>('SELECT id FROM notes ORDER BY id')
    expect(ids.map((r) => r.id)).toEqual(['dup', 'p', 'q'])
  })

  it('lets a later write of a batch see an earlier one (a retry arriving with its original)', async () => {
    const once = (id: string) => async (tx: Queryable) => {
      if (await tx.get('SELECT id FROM notes WHERE id = ?', [id])) return 'retry'
      await insert(id)(tx)
      return 'stored'
    }
    const answers = await Promise.all([grouped(once('x')), grouped(once('x')), grouped(once('y'))])
    expect(answers).toEqual(['stored', 'retry', 'stored'])
    expect(await count()).toBe(2)
  })

  it('rejects every write of a batch whose commit fails, and keeps none of them', async () => {
    // A deferred foreign key is checked at COMMIT: one orphan fails the whole commit.
    await db.exec('CREATE TABLE parents (id TEXT PRIMARY KEY)')
    await db.exec('CREATE TABLE children (id TEXT PRIMARY KEY, parent TEXT REFERENCES parents (id) DEFERRABLE INITIALLY DEFERRED)')
    const child = (id: string, parent: string) => (tx: Queryable) => tx.run('INSERT INTO children (id, parent) VALUES (?, ?)', [id, parent])
    const results = await Promise.allSettled([grouped(insert('kept?')), grouped(child('c1', 'nobody'))])
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected'])
    expect(await count()).toBe(0)
  })

  it('starts the writes of a batch side by side, each still committed with the others', async () => {
    const seen: string[] = []
    const traced = (id: string) => async (tx: Queryable) => {
      seen.push(`${id} started`)
      await insert(id)(tx)
      seen.push(`${id} written`)
    }
    await Promise.all([grouped(traced('s1')), grouped(traced('s2')), grouped(traced('s3'))])
    // The second and third did not wait for the first's statement to come back.
    expect(seen.slice(0, 3)).toEqual(['s1 started', 's2 started', 's3 started'])
    expect(commits).toBe(1)
    expect(await count()).toBe(3)
  })

  it('a read, change and write back of one row by several writes of a batch loses none of them, in turn', async () => {
    await db.exec('CREATE TABLE counters (id TEXT PRIMARY KEY, n INTEGER NOT NULL)')
    await db.run("INSERT INTO counters (id, n) VALUES ('c', 0)")
    const addOne = (tx: Queryable) =>
      inTurn(tx, 'counter c', async () => {
        const { n } = (await tx.get<{ n: number }>("SELECT n FROM counters WHERE id = 'c'"))!
        await tx.run("UPDATE counters SET n = ? WHERE id = 'c'", [n + 1])
      })
    await Promise.all(Array.from({ length: 8 }, () => grouped(addOne)))
    expect(commits).toBe(1)
    expect((await db.get<{ n: number }>("SELECT n FROM counters WHERE id = 'c'"))!.n).toBe(8)
  })

  it('closing the database waits for the writes still queued, and keeps them', async () => {
    // More than one batch of the database's own group commit: the second
    // begins only after the first commits, when close() has already begun.
    const writes = Array.from({ length: 150 }, (_, i) => db.grouped(insert(`w${i}`)))
    await db.close()
    await Promise.all(writes)
    db = await openDatabase(join(dir, 'group.db'))
    expect(await count()).toBe(150)
  })
})
