// each() on PostgreSQL reads through a cursor, a batch at a time, so a
// large result (an export of a million cases) never sits in memory whole:
// the first rows reach the caller before the last ones are even computed.
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openPostgres } from '../../server/db/postgres.ts'
import type { Database } from '../../server/db/database.ts'
import { testDatabase, type TestDatabase } from '../helpers/test-database.ts'

const ROWS = 20_000

describe.skipIf(!process.env.TEST_DATABASE_URL)('reading a large result on PostgreSQL', () => {
  let database: TestDatabase
  let db: Database
  beforeAll(async () => {
    database = await testDatabase()
    db = await openPostgres(database.url)
    await db.exec('CREATE SEQUENCE rows_made')
  })
  afterAll(async () => {
    await db?.close()
    await database?.drop()
  })

  it('hands over the first rows before the last ones are made', async () => {
    // Each row takes the next number of a sequence; another connection takes
    // one too as soon as the first row arrives. Read whole, every row would
    // have its number first; read by cursor, the other's number falls among them.
    const other = new pg.Client({ connectionString: database.url })
    await other.connect()
    let taken: Promise<number> | undefined
    const seen: number[] = []
    const count = await db.each<{ n: number }>(`SELECT nextval('rows_made') AS n FROM generate_series(1, ${ROWS})`, [], (row) => {
      seen.push(Number(row.n))
      taken ??= other.query<{ v: string }>("SELECT nextval('rows_made') AS v").then((r) => Number(r.rows[0]!.v))
    })
    const interleaved = await taken!
    await other.end()
    expect(count).toBe(ROWS)
    expect(seen).toHaveLength(ROWS)
    expect(interleaved).toBeLessThan(ROWS)
    expect(seen.filter((n) => n > interleaved).length).toBeGreaterThan(0)
  })
})
