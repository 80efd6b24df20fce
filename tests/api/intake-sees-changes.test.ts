// New submissions are stored in batches by the intake worker, a second
// handle on the data (server/cases/intake-worker.ts), which keeps what every
// batch reads and none writes (categories, stores, the calendar) until the
// reference version moves (db/tx-memo.ts, migration 0260). A change made a
// moment before, by the server's own thread or by another process writing
// the database directly, is what the next submission is held to.
import { join } from 'node:path'
import pg from 'pg'
import sqlite3 from 'sqlite3'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { addDays, chinaDate } from '../../shared/china-time.ts'
import { DB_FILE } from '../../server/open-data.ts'
import { staffHeaders, startServer, type RunningServer } from '../helpers/server.ts'
import { feedbackBody } from '../helpers/test-app.ts'
import { onPostgres, testDatabase, type TestDatabase } from '../helpers/test-database.ts'

const ADMIN_PASSWORD = 'intake-sees-changes'
const NEW_STORE = '44990001'

describe('a submission after a change to what batches read', () => {
  let database: TestDatabase
  let server: RunningServer
  let admin: Record<string, string>
  beforeAll(async () => {
    database = await testDatabase()
    server = await startServer({ ADMIN_PASSWORD, MIN_FILL_MS: '0', RATE_LIMIT: '0', ...(onPostgres && { DATABASE_URL: database.url }) })
    admin = await staffHeaders(server, ADMIN_PASSWORD)
  })
  afterAll(async () => {
    expect(await server?.stop()).toBe(0)
    await database?.drop()
  })

  const submit = async (changes: Record<string, unknown> = {}) => {
    const res = await fetch(`${server.url}/api/feedback`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(feedbackBody(changes)),
    })
    return { status: res.status, body: (await res.json()) as { slaDays?: number; dueAt?: string; error?: { fields?: Record<string, string> } } }
  }
  const staff = (method: string, path: string, body: unknown) =>
    fetch(`${server.url}${path}`, { method, headers: { 'content-type': 'application/json', ...admin }, body: JSON.stringify(body) })
  /** A write by another process, straight to the database (a command-line tool, another instance). */
  const writeDirectly = async (sql: string) => {
    if (onPostgres) {
      const c = new pg.Client({ connectionString: database.url })
      await c.connect()
      await c.query(sql)
      await c.end()
      return
    }
    const db = new sqlite3.Database(join(server.dataDir, DB_FILE))
    await new Promise<void>((resolve, reject) => db.exec(`PRAGMA busy_timeout = 5000; ${sql}`, (err) => (err ? reject(err) : resolve())))
    await new Promise<void>((resolve) => db.close(() => resolve()))
  }

  it("gets the category's new deadline and is refused once it is retired", async () => {
    expect((await submit()).body.slaDays).toBe(5)
    expect((await staff('PATCH', '/api/admin/categories/service_attitude', { slaDays: 9 })).status).toBe(200)
    expect((await submit()).body.slaDays).toBe(9)
    await writeDirectly("UPDATE categories SET sla_days = 7 WHERE id = 'service_attitude'")
    expect((await submit()).body.slaDays).toBe(7)
    expect((await staff('PATCH', '/api/admin/categories/service_attitude', { active: false })).status).toBe(200)
    const retired = await submit()
    expect(retired.status).toBe(400)
    expect(retired.body.error?.fields).toHaveProperty('category')
  })

  it('is taken for a store registered a moment before, and refused (404) before it was', async () => {
    const unknown = await submit({ storeCode: NEW_STORE, category: 'store_environment' })
    expect(unknown.status).toBe(404)
    expect(unknown.body.error?.fields).toHaveProperty('storeCode')
    const now = new Date().toISOString()
    await writeDirectly(
      `INSERT INTO stores (code, name, district, address, supervisor_name, supervisor_phone, active, created_at, updated_at)
       VALUES ('${NEW_STORE}', '新开站点', '南湖区', '新路 1 号', '', '', 1, '${now}', '${now}')`,
    )
    expect((await submit({ storeCode: NEW_STORE, category: 'store_environment' })).status).toBe(201)
  })

  it('gets a deadline counted over holidays the centre entered a moment before', async () => {
    const before = await submit({ category: 'store_environment' })
    const from = addDays(chinaDate(new Date()), 1)
    const year = from.slice(0, 4)
    const schedule = { holidays: [{ name: '临时休息', from, to: addDays(from, 14) }], workdays: [] }
    expect((await staff('PUT', `/api/admin/calendar/${year}`, schedule)).status).toBe(200)
    const after = await submit({ category: 'store_environment' })
    expect(Date.parse(after.body.dueAt!)).toBeGreaterThan(Date.parse(before.body.dueAt!) + 10 * 86_400_000)
  })
})
