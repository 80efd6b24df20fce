import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openDatabase, type Database } from './database.ts'
import { loadMigrations, migrate, MigrationError, type Migration } from './migrate.ts'

describe('migration runner', () => {
  let dir: string
  let db: Database

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'storevoice-migrate-'))
    db = await openDatabase(join(dir, 'test.db'))
  })
  afterEach(async () => {
    await db.close()
    await rm(dir, { recursive: true, force: true })
  })

  it('applies every shipped migration once, in order, with its history row', async () => {
    const files = await loadMigrations()
    expect(await migrate(db)).toEqual(files.map((m) => m.version))
    expect(await migrate(db)).toEqual([])
    const history = await db.all<{ version: number }>('SELECT version FROM schema_migrations ORDER BY version')
    expect(history.map((h) => h.version)).toEqual(files.map((m) => m.version))
    expect(await db.get<{ n: number }>('SELECT COUNT(*) AS n FROM stores')).toEqual({ n: 0 })
  })

  const m = (version: number, sql: string): Migration => ({ version, name: `m${version}`, sql, checksum: `sum-${sql}` })

  it('refuses to start when an applied migration was edited', async () => {
    await migrate(db, [m(1, 'CREATE TABLE a (x)')])
    await expect(migrate(db, [m(1, 'CREATE TABLE a (y)')])).rejects.toThrow(MigrationError)
  })

  it('refuses to start when an applied migration file is gone', async () => {
    await migrate(db, [m(1, 'CREATE TABLE a (x)'), m(2, 'CREATE TABLE b (x)')])
    await expect(migrate(db, [m(1, 'CREATE TABLE a (x)')])).rejects.toThrow(/missing/)
  })

  it('refuses a new migration numbered before the last applied one', async () => {
    await migrate(db, [m(1, 'CREATE TABLE a (x)'), m(3, 'CREATE TABLE c (x)')])
    await expect(migrate(db, [m(1, 'CREATE TABLE a (x)'), m(2, 'CREATE TABLE b (x)'), m(3, 'CREATE TABLE c (x)')])).rejects.toThrow(
      /older/,
    )
  })

  it('rolls back a failing migration whole, history included', async () => {
    await expect(migrate(db, [m(1, 'CREATE TABLE a (x); CREATE TABLE broken (')])).rejects.toThrow()
    expect(await db.get('SELECT name FROM sqlite_master WHERE name = ?', ['a'])).toBeUndefined()
    expect(await db.get<{ n: number }>('SELECT COUNT(*) AS n FROM schema_migrations')).toEqual({ n: 0 })
  })
})
