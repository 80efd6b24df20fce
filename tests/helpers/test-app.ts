// A real app on a real, migrated SQLite file in a temp folder (or, in the
// postgres test project, a throwaway PostgreSQL schema), with a clock
// the test can move.
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { createApp } from '../../server/app.ts'
import { hashPassword } from '../../server/auth/password.ts'
import { nameKey } from '../../server/conflicts/name-key.ts'
import { readConfig } from '../../server/config.ts'
import { createUser } from '../../server/db/queries/users.ts'
import type { Clock } from '../../server/clock.ts'
import type { Role } from '../../shared/enums.ts'
import { openData } from '../../server/open-data.ts'
import { newFeedbackId } from '../../shared/receipt.ts'
import { testDatabase } from './test-database.ts'

export const ADMIN_PASSWORD = 'test-admin-pass'
export const DEMO_STORE = '44010001'

export interface TestClock extends Clock {
  set(iso: string): void
  advance(ms: number): void
}

export function testClock(start = '2026-11-30T02:00:00.000Z'): TestClock {
  let t = Date.parse(start)
  return { now: () => new Date(t), set: (iso) => (t = Date.parse(iso)), advance: (ms) => (t += ms) }
}

export async function makeTestApp(
  opts: { now?: string; seedDemo?: boolean; env?: Record<string, string>; dataDir?: string; databaseUrl?: string; keepData?: boolean } = {},
) {
  // A given dataDir (and databaseUrl) is opened again as it is: a restart of the server on the same data.
  const dataDir = opts.dataDir ?? (await mkdtemp(join(tmpdir(), 'storevoice-test-')))
  const database = await testDatabase(opts.databaseUrl)
  const clock = testClock(opts.now)
  let opened
  try {
    const config = readConfig({
      DATA_DIR: dataDir,
      DATABASE_URL: database.url,
      ADMIN_PASSWORD,
      // Unset: the demo city without sample cases (SEED_DEMO=1 would add them).
      ...(opts.seedDemo === false && { SEED_DEMO: '0' }),
      ...opts.env,
    })
    opened = { config, ...(await openData(config, clock)) }
  } catch (err) {
    await database.drop()
    await rm(dataDir, { recursive: true, force: true })
    throw err
  }
  const { config, db, calendar } = opened
  const staticDir = fileURLToPath(new URL('../../dist/', import.meta.url))
  const deps = { db, clock, config, calendar, staticDir }
  const app = createApp(deps)
  return {
    app,
    db,
    clock,
    dataDir,
    /** What the app was made from, for tests that run the server's background jobs by hand. */
    deps,
    /** DATABASE_URL of the app's database ('' on SQLite, where dataDir says it). */
    databaseUrl: database.url,
    async close() {
      await db.close()
      if (!opts.keepData) await database.drop()
      if (!opts.keepData) await rm(dataDir, { recursive: true, force: true })
    },
  }
}

export type TestApp = Awaited<ReturnType<typeof makeTestApp>>

export function feedbackBody(overrides: Record<string, unknown> = {}) {
  return {
    id: newFeedbackId(),
    storeCode: DEMO_STORE,
    kind: 'complaint',
    category: 'service_attitude',
    message: '店员态度恶劣，拒绝解释玩法规则。',
    contact: { name: '张三', phone: '13812345678' },
    channel: 'qr',
    createdAt: '2026-11-30T01:59:00.000Z',
    ...overrides,
  }
}

export function postJson(app: TestApp['app'], path: string, body: unknown, headers: Record<string, string> = {}, from?: string) {
  return app.request(
    path,
    {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    },
    from === undefined ? undefined : fromAddress(from),
  )
}

/** The bindings @hono/node-server would hand the app for a client at this address. */
export function fromAddress(address: string) {
  return { incoming: { socket: { remoteAddress: address, remotePort: 40000, remoteFamily: 'IPv4' } } }
}

/** Logs in and returns the Cookie header to send with later requests. */
export async function loginCookie(app: TestApp['app'], username = 'admin', password = ADMIN_PASSWORD): Promise<string> {
  const res = await postJson(app, '/api/auth/login', { username, password })
  if (res.status !== 200) throw new Error(`login failed: ${res.status}`)
  return res.headers.get('set-cookie')!.split(';')[0]!
}

export interface StaffSession {
  cookie: string
  csrfToken: string
  /** Headers for a write: the cookie and the CSRF token. */
  headers: Record<string, string>
}

/** Logs in and returns what a console holds: the cookie and the session's CSRF token. */
export async function loginSession(app: TestApp['app'], username = 'admin', password = ADMIN_PASSWORD): Promise<StaffSession> {
  const res = await postJson(app, '/api/auth/login', { username, password })
  if (res.status !== 200) throw new Error(`login failed: ${res.status}`)
  const cookie = res.headers.get('set-cookie')!.split(';')[0]!
  const { csrfToken } = (await res.json()) as { csrfToken: string }
  return { cookie, csrfToken, headers: { cookie, 'x-csrf-token': csrfToken } }
}

/** The headers a logged-in staff member's browser sends: session cookie and CSRF token. */
export async function loginHeaders(app: TestApp['app'], username = 'admin', password = ADMIN_PASSWORD): Promise<Record<string, string>> {
  return (await loginSession(app, username, password)).headers
}

/** A JSON request with a method other than POST (PATCH, PUT). */
export function sendJson(app: TestApp['app'], method: string, path: string, body: unknown, headers: Record<string, string> = {}) {
  return app.request(path, { method, headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) })
}

export const STAFF_PASSWORD = 'pass-for-tests'

/** Creates an account (password STAFF_PASSWORD) and logs it in. */
export async function staffSession(
  t: TestApp,
  username: string,
  role: Role,
  area: { districts?: string[]; stores?: string[]; name?: string } = {},
): Promise<StaffSession> {
  const passwordHash = await hashPassword(STAFF_PASSWORD)
  const name = area.name === undefined ? undefined : { name: area.name, key: nameKey(area.name) }
  await createUser(t.db, { username, passwordHash, role, name, districts: area.districts ?? [], stores: area.stores ?? [] }, t.clock.now().toISOString())
  return loginSession(t.app, username, STAFF_PASSWORD)
}

/** Sends a case and returns its id and receipt. */
export async function submitCase(t: TestApp, overrides: Record<string, unknown> = {}): Promise<{ id: string; receipt: string }> {
  const res = await postJson(t.app, '/api/feedback', feedbackBody(overrides))
  if (res.status !== 201) throw new Error(`submission failed: ${res.status} ${await res.text()}`)
  return (await res.json()) as { id: string; receipt: string }
}
