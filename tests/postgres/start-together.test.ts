// Two instances started at the same moment on an empty PostgreSQL database
// (a deployment rolling out both at once): one migrates and seeds while the
// other waits, and both come up on one migration history and one seed.
import pg from 'pg'
import { afterAll, describe, expect, it } from 'vitest'
import { loadMigrations } from '../../server/db/migrate.ts'
import { startServer, type RunningServer } from '../helpers/server.ts'
import { testDatabase, type TestDatabase } from '../helpers/test-database.ts'

describe.skipIf(!process.env.TEST_DATABASE_URL)('two instances starting at once on an empty PostgreSQL database', () => {
  let database: TestDatabase | undefined
  const servers: RunningServer[] = []
  afterAll(async () => {
    for (const s of servers) expect(await s.stop()).toBe(0)
    await database?.drop()
  })

  it('both come up, with one migration history and one seed', async () => {
    database = await testDatabase()
    const env = { DATABASE_URL: database.url, ADMIN_PASSWORD: 'start-together-pass' }
    servers.push(...(await Promise.all([startServer(env), startServer(env)])))
    for (const s of servers) expect((await fetch(`${s.url}/api/stores/44010001`)).status).toBe(200)

    const c = new pg.Client({ connectionString: database.url })
    await c.connect()
    try {
      const history = await c.query<{ version: number }>('SELECT version FROM schema_migrations ORDER BY version')
      expect(history.rows.map((r) => r.version)).toEqual((await loadMigrations(undefined, 'postgres')).map((m) => m.version))
      const seeded = await c.query<{ admins: string; seeds: string; categories: string }>(
        `SELECT (SELECT COUNT(*) FROM users WHERE username = 'admin') AS admins,
                (SELECT COUNT(*) FROM settings WHERE key = 'seeded_at') AS seeds,
                (SELECT COUNT(*) FROM categories) AS categories`,
      )
      expect(seeded.rows[0]).toMatchObject({ admins: '1', seeds: '1' })
      expect(Number(seeded.rows[0]!.categories)).toBeGreaterThan(0)
    } finally {
      await c.end()
    }
  })
})
