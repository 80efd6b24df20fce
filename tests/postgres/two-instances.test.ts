// Two server processes on one PostgreSQL database, as behind a load
// balancer: what one stores the other serves at once — cases, receipts,
// staff sessions and the store numbers (no instance answers from a stale
// copy) — and a retried submission stays one case whichever instance it hits.
// The limits hold for both together: a client spreading its requests over
// both gets no more than from one (issue 14).
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { PublicStore } from '../../shared/api-types.ts'
import type { CalendarYear } from '../../shared/staff-types.ts'
import { newFeedbackId } from '../../shared/receipt.ts'
import { startServer, type RunningServer } from '../helpers/server.ts'
import { testDatabase, type TestDatabase } from '../helpers/test-database.ts'

const ADMIN_PASSWORD = 'two-instances-pass'
const STORE = '44030002'
const FEEDBACK_PER_ADDRESS = 6

describe.skipIf(!process.env.TEST_DATABASE_URL)('two instances on one PostgreSQL database', () => {
  let database: TestDatabase
  let a: RunningServer
  let b: RunningServer
  beforeAll(async () => {
    database = await testDatabase()
    // Behind the load balancer, the client's address is the one it adds.
    const env = { DATABASE_URL: database.url, ADMIN_PASSWORD, MIN_FILL_MS: '0', TRUST_PROXY: '1', RATE_LIMIT_FEEDBACK_PER_ADDRESS: String(FEEDBACK_PER_ADDRESS) }
    a = await startServer(env)
    b = await startServer(env)
  })
  afterAll(async () => {
    expect(await a?.stop()).toBe(0)
    expect(await b?.stop()).toBe(0)
    await database?.drop()
  })

  const submit = (server: RunningServer, body: Record<string, unknown>, headers: Record<string, string> = {}) =>
    fetch(`${server.url}/api/feedback`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) })
  const complaint = () => ({
    id: newFeedbackId(), storeCode: STORE, kind: 'complaint', category: 'service_attitude',
    message: '两台服务器之间的测试。', channel: 'qr', createdAt: new Date().toISOString(),
  })
  const from = (address: string) => ({ 'x-forwarded-for': address })
  const login = (server: RunningServer, username: string, password: string, headers: Record<string, string> = {}) =>
    fetch(`${server.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ username, password }),
    })
  const staff = async (server: RunningServer) => {
    const res = await login(server, 'admin', ADMIN_PASSWORD, from('198.51.100.1'))
    expect(res.status).toBe(200)
    const { csrfToken } = (await res.json()) as { csrfToken: string }
    return { cookie: res.headers.get('set-cookie')!.split(';')[0]!, 'x-csrf-token': csrfToken }
  }
  const send = (server: RunningServer, method: string, path: string, headers: Record<string, string>, body: unknown) =>
    fetch(`${server.url}${path}`, { method, headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) })
  const read = async <T>(server: RunningServer, path: string, headers: Record<string, string> = {}) => {
    const res = await fetch(`${server.url}${path}`, { headers })
    expect(res.status).toBe(200)
    return (await res.json()) as T
  }

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

  it('limits one address flooding both instances as one', async () => {
    const statuses: number[] = []
    for (let i = 0; i < 2 * FEEDBACK_PER_ADDRESS; i++) statuses.push((await submit(i % 2 === 0 ? a : b, complaint(), from('203.0.113.7'))).status)
    expect(statuses).toEqual([...Array<number>(FEEDBACK_PER_ADDRESS).fill(201), ...Array<number>(FEEDBACK_PER_ADDRESS).fill(429)])
    // Another buyer still gets through either instance.
    expect((await submit(b, complaint(), from('203.0.113.8'))).status).toBe(201)
  })

  it('holds the login throttle across both instances', async () => {
    const statuses: number[] = []
    for (let i = 0; i < 8; i++) statuses.push((await login(i % 2 === 0 ? a : b, 'guessed-name', 'wrong password', from('203.0.113.20'))).status)
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429, 429, 429])
  })

  it('serves the categories, notices, calendar and settings one instance changed from the other at once', async () => {
    const admin = await staff(a)
    expect((await send(a, 'PATCH', '/api/admin/categories/service_attitude', admin, { slaDays: 9 })).status).toBe(200)
    const categories = await read<{ id: string; slaDays: number }[]>(b, '/api/admin/categories', admin)
    expect(categories.find((c) => c.id === 'service_attitude')?.slaDays).toBe(9)

    const schedule = { holidays: [{ name: '春节', from: '2027-02-06', to: '2027-02-13' }], workdays: ['2027-02-14'] }
    expect((await send(a, 'PUT', '/api/admin/calendar/2027', admin, schedule)).status).toBe(200)
    const years = await read<CalendarYear[]>(b, '/api/admin/calendar', admin)
    expect(years.find((y) => y.year === 2027)?.source).toBe('db')

    const [notice] = await read<{ id: number }[]>(b, '/api/admin/notices', admin)
    const published = await send(a, 'POST', `/api/admin/notices/${notice!.id}/versions`, admin, {
      title: '两台服务器的公告', body: '修订后的要求。', scope: 'all', effectiveDate: '2020-01-02',
    })
    expect(published.status).toBe(201)
    expect((await read<PublicStore>(b, `/api/stores/${STORE}`)).notices.map((n) => n.title)).toContain('两台服务器的公告')

    // Settings have no API yet (the hotline is set at the seed): changed in the database, both serve the new one.
    const c = new pg.Client({ connectionString: database.url })
    await c.connect()
    await c.query("UPDATE settings SET value = '12345-678' WHERE key = 'hotline'")
    await c.end()
    expect((await read<PublicStore>(a, `/api/stores/${STORE}`)).hotline).toBe('12345-678')
    expect((await read<PublicStore>(b, `/api/stores/${STORE}`)).hotline).toBe('12345-678')
  })

  it('hides a new case from a supervisor named through the other instance a moment before', async () => {
    const admin = await staff(a)
    const inDistrict = { storeCode: '44030005' }
    // B has read the supervisors' names already, for an earlier submission.
    expect((await submit(b, { ...complaint(), ...inDistrict }, from('203.0.113.30'))).status).toBe(201)
    const account = { username: 'zhou', password: 'zhou-password-1', role: 'supervisor', name: '周文斌', districts: ['南湖区'] }
    expect((await send(a, 'POST', '/api/admin/users', admin, account)).status).toBe(201)

    const naming = await submit(b, { ...complaint(), ...inDistrict, message: '周文斌收了好处，不给兑奖。' }, from('203.0.113.31'))
    const plain = await submit(b, { ...complaint(), ...inDistrict }, from('203.0.113.32'))
    expect([naming.status, plain.status]).toEqual([201, 201])
    const res = await login(b, 'zhou', 'zhou-password-1', from('198.51.100.2'))
    expect(res.status).toBe(200)
    const cookie = res.headers.get('set-cookie')!.split(';')[0]!
    const status = async (r: Response) => (await fetch(`${b.url}/api/admin/feedback/${((await r.json()) as { id: string }).id}`, { headers: { cookie } })).status
    expect(await status(plain)).toBe(200)
    expect(await status(naming)).toBe(404)
  })
})
