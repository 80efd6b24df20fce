import { mkdtemp, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { BACKSTOP_PAGES } from './checkpointer.ts'
import { openDatabase, type Database } from './database.ts'

describe('checkpoints on SQLite', () => {
  let dir: string
  let file: string
  let db: Database

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'storevoice-checkpoint-'))
    file = join(dir, 'checkpoint.db')
    db = await openDatabase(file)
    await db.exec('CREATE TABLE pages (id INTEGER PRIMARY KEY, body BLOB NOT NULL)')
  })
  afterEach(async () => {
    await db.close()
    await rm(dir, { recursive: true, force: true })
  })

  it('leaves the commit to append to the WAL: the writers check only far off', async () => {
    const setting = await db.transaction((tx) => tx.get<{ wal_autocheckpoint: number }>('PRAGMA wal_autocheckpoint'))
    expect(setting).toEqual({ wal_autocheckpoint: BACKSTOP_PAGES })
  })

  it('copies a WAL of 2,000 pages into the database file without another write', async () => {
    // One commit of about 2,000 pages: past SQLite's default of 1,000,
    // short of the writers' backstop.
    await db.transaction(async (tx) => {
      for (let i = 0; i < 2000; i++) await tx.run('INSERT INTO pages (body) VALUES (randomblob(4000))')
    })
    // Only the background checkpoint can move those pages into the file.
    await expect.poll(async () => (await stat(file)).size, { timeout: 10_000 }).toBeGreaterThan(2000 * 4000)
    expect(await db.get('SELECT COUNT(*) AS n FROM pages')).toEqual({ n: 2000 })
  })
})
