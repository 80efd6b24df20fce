import { Hono } from 'hono'
import type { AuthAnswer, SessionUser } from '../../shared/api-types.ts'
import { loginSchema } from '../../shared/schemas.ts'
import { ApiError, BusyError } from '../api-error.ts'
import { clientAddress } from '../client-info.ts'
import { LoginThrottle, WINDOW_MS } from '../auth/login-throttle.ts'
import { countersFor } from '../limits/counters-for.ts'
import { QueueFull, WorkQueue } from '../limits/work-queue.ts'
import { verifyPassword } from '../auth/password.ts'
import { appendAudit } from '../db/queries/audit.ts'
import type { User } from '../../shared/user.ts'
import { getLoginUnlock, getUserForLogin } from '../db/queries/users.ts'
import type { AppDeps, AppEnv } from '../deps.ts'
import { requireCsrf } from '../middleware/csrf.ts'
import { jsonBody } from '../middleware/json-body.ts'
import { endSession, requireSession, startSession } from '../middleware/session.ts'

// Verifying against a fixed hash when the user does not exist keeps the
// answer time the same, so the timing does not reveal which usernames exist.
const DUMMY_HASH = 'scrypt$16384$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA='

// Password hashing (scrypt, ~70 ms of CPU) runs on libuv's small thread
// pool, the same four threads the sqlite3 driver uses for every query. A
// burst of logins hashing all at once would starve the public pages' reads
// (issue 13 measured a store page at 24.6 s during 400 logins): at most 2
// hashes run together, with 8 more waiting.
const HASHING_ACTIVE = 2
const HASHING_WAITING = 8

const sessionUser = (u: User): SessionUser => ({ username: u.username, role: u.role, districts: u.districts, stores: u.stores })

export function authRoutes(deps: AppDeps) {
  const app = new Hono<AppEnv>()
  const throttle = new LoginThrottle(countersFor(deps, WINDOW_MS))
  const hashing = new WorkQueue(HASHING_ACTIVE, HASHING_WAITING)

  /**
   * The account look-up and password check, through the hash queue (the
   * look-up too: it takes a turn on the same thread pool); a full queue
   * answers 503 with Retry-After.
   */
  const checkPassword = async <T>(check: () => Promise<T>): Promise<T> => {
    try {
      return await hashing.run(check)
    } catch (err) {
      if (!(err instanceof QueueFull)) throw err
      throw new BusyError('Too many logins at once; try again in a second')
    }
  }

  app.post('/login', jsonBody(loginSchema), async (c) => {
    const { username, password } = c.req.valid('json')
    const address = clientAddress(c, deps.config)
    // Counted before the password is checked: simultaneous attempts cannot
    // all slip in while the first ones are still hashing (issue 13).
    let wait = await throttle.attempt(username, address)
    if (wait > 0 && (await throttle.isLocked(username))) {
      const unlockedAt = await getLoginUnlock(deps.db, username)
      if (unlockedAt && (await throttle.applyUnlock(username, Date.parse(unlockedAt)))) wait = await throttle.attempt(username, address)
    }
    if (wait > 0) {
      c.header('Retry-After', String(wait))
      throw new ApiError(429, 'rate_limited', `Too many failed logins; try again in ${wait} seconds`)
    }
    const { user, ok } = await checkPassword(async () => {
      const found = await getUserForLogin(deps.db, username)
      return { user: found, ok: await verifyPassword(password, found?.passwordHash ?? DUMMY_HASH) }
    })
    const at = deps.clock.now().toISOString()
    if (!user || !ok || user.disabled) {
      // Only an account's own name goes into the log: whatever else was
      // typed there may be a password entered in the wrong field.
      const detail = { address, ...(!user && { unknownUser: true }) }
      await appendAudit(deps.db, { at, actor: null, action: 'login_failed', target: user?.username ?? null, detail })
      throw new ApiError(401, 'invalid_credentials', 'Wrong username or password')
    }
    await throttle.succeeded(username, address)
    const csrfToken = await startSession(c, deps, user.id)
    await appendAudit(deps.db, { at, actor: user.username, action: 'login_ok', target: user.username, detail: { address } })
    return c.json<AuthAnswer>({ user: sessionUser(user), csrfToken })
  })

  app.post('/logout', requireSession(deps), requireCsrf, async (c) => {
    await endSession(c, deps)
    await appendAudit(deps.db, { at: deps.clock.now().toISOString(), actor: c.get('user').username, action: 'logout' })
    return c.json({ ok: true })
  })

  app.get('/me', requireSession(deps), (c) => c.json<AuthAnswer>({ user: sessionUser(c.get('user')), csrfToken: c.get('csrfToken') }))

  return app
}
