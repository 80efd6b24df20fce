import { Hono } from 'hono'
import { loginSchema } from '../../shared/schemas.ts'
import { ApiError } from '../api-error.ts'
import { verifyPassword } from '../auth/password.ts'
import { getUserForLogin } from '../db/queries/users.ts'
import type { AppDeps, AppEnv } from '../deps.ts'
import { jsonBody } from '../middleware/json-body.ts'
import { endSession, requireSession, startSession } from '../middleware/session.ts'

// Verifying against a fixed hash when the user does not exist keeps the
// answer time the same, so the timing does not reveal which usernames exist.
const DUMMY_HASH = 'scrypt$16384$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA='

export function authRoutes(deps: AppDeps) {
  const app = new Hono<AppEnv>()

  app.post('/login', jsonBody(loginSchema), async (c) => {
    const { username, password } = c.req.valid('json')
    const user = await getUserForLogin(deps.db, username)
    const ok = await verifyPassword(password, user?.passwordHash ?? DUMMY_HASH)
    if (!user || !ok || user.disabled) throw new ApiError(401, 'invalid_credentials', 'Wrong username or password')
    await startSession(c, deps, user.id)
    return c.json({ user: { username: user.username, role: user.role, districts: user.districts } })
  })

  app.post('/logout', async (c) => {
    await endSession(c, deps)
    return c.json({ ok: true })
  })

  app.get('/me', requireSession(deps), (c) => {
    const { username, role, districts } = c.get('user')
    return c.json({ user: { username, role, districts } })
  })

  return app
}
