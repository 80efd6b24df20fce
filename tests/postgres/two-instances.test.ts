// Two server processes on one PostgreSQL database, as behind a load
// balancer: what one stores the other serves at once — cases, receipts,
// staff sessions and the store numbers (no instance answers from a stale
// copy) — and a retried submission stays one case whichever instance it hits.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { newFeedbackId } from '../../shared/receipt.ts'
import { startServer, type RunningServer } from '../helpers/server.ts'
import { testDatabase, type TestDatabase } from '../helpers/test-database.ts'

const ADMIN_PASSWORD = 'two-instances-pass'
const STORE = '44030002'

describe.skipIf(!process.env.TEST_DATABASE_URL)('two instances on one PostgreSQL database', () => {
  let database: TestDatabase
  let a: RunningServer
  let b: RunningServer
  beforeAll(async () => {
    database = await testDatabase()
    const env = { DATABASE_URL: database.url, ADMIN_PASSWORD, MIN_FILL_MS: '0' }
    a = await startServer(env)
    b = await startServer(env)
  })
  afterAll(async () => {
    expect(await a?.stop()).toBe(0)
    expect(await b?.stop()).toBe(0)
    await database?.drop()
  })

  const submit = (server: RunningServer, body: Record<string, unknown>) =>
    fetch(`${server.url}/api/feedback`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })

  const storeTotal = async (server: RunningServer, cookie: string) => {
    const page = (await (await fetch(`${server.url}/api/admin/stats/stores?q=${STORE}`, { headers: { cookie } })).json()) as {
      items: { storeCode: string; total: number }[]
    }
    return page.items.find((r) => r.storeCode === STORE)!.total
  }

  it('serves from one instance what was written through the other', async () => {
    const login = await fetch(`${a.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'admin', password: ADMIN_PASSWORD }),
    })
    expect(login.status).toBe(200)
    const cookie = login.headers.get('set-cookie')!.split(';')[0]!
    // The session made on A is good on B.
    expect((await fetch(`${b.url}/api/auth/me`, { headers: { cookie } })).status).toBe(200)
    const before = await storeTotal(b, cookie)

    const body = {
      id: newFeedbackId(), storeCode: STORE, kind: 'complaint', category: 'service_attitude',
      message: '两台服务器之间的测试。', channel: 'qr', createdAt: new Date().toISOString(),
    }
    const first = await submit(a, body)
    expect(first.status).toBe(201)
    const { receipt } = (await first.json()) as { receipt: string }

    const retried = await submit(b, body)
    expect(retried.status).toBe(200)
    expect(((await retried.json()) as { receipt: string }).receipt).toBe(receipt)
    expect((await fetch(`${b.url}/api/track/${receipt}`)).status).toBe(200)
    expect(await storeTotal(b, cookie)).toBe(before + 1)
    expect(await storeTotal(a, cookie)).toBe(before + 1)
  })
})
