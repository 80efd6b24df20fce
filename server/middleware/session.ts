// Staff authentication: a random session token in an HttpOnly cookie, its
// hash in the sessions table, sliding idle expiry. Each session also carries
// a CSRF token the console echoes in X-CSRF-Token (see csrf.ts).
import { createHash, randomBytes } from 'node:crypto'
import type { Context } from 'hono'
import { deleteCookie, getCookie, setCookie } from 'hono/cookie'
import { createMiddleware } from 'hono/factory'
import { ApiError } from '../api-error.ts'
import { isHttps } from '../client-info.ts'
import { deleteExpiredSessions, deleteSession, getSession, insertSession, touchSession } from '../db/queries/sessions.ts'
import type { AppDeps, AppEnv } from '../deps.ts'

const SESSION_COOKIE = 'sv_session'
const TOUCH_EVERY_MS = 60_000

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex')

function expiry(deps: AppDeps, from: Date): string {
  return new Date(from.getTime() + deps.config.sessionIdleMinutes * 60_000).toISOString()
}

/** Starts a session; returns its CSRF token. */
export async function startSession(c: Context<AppEnv>, deps: AppDeps, userId: number): Promise<string> {
  const token = randomBytes(32).toString('base64url')
  const csrfToken = randomBytes(24).toString('base64url')
  const now = deps.clock.now()
  // Each login also sweeps away sessions that expired, so the table holds
  // only live ones without a timer of its own.
  await deleteExpiredSessions(deps.db, now.toISOString())
  await insertSession(deps.db, { tokenHash: hashToken(token), userId, csrfToken, now: now.toISOString(), expiresAt: expiry(deps, now) })
  setCookie(c, SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'Strict',
    path: '/',
    secure: isHttps(c, deps.config),
  })
  return csrfToken
}

export async function endSession(c: Context<AppEnv>, deps: AppDeps): Promise<void> {
  await deleteSession(deps.db, c.get('sessionHash'))
  deleteCookie(c, SESSION_COOKIE, { path: '/' })
}

/** 401 unless the request carries a live session; puts the user and the session's CSRF token on the context. */
export function requireSession(deps: AppDeps) {
  return createMiddleware<AppEnv>(async (c, next) => {
    const token = getCookie(c, SESSION_COOKIE)
    if (!token) throw new ApiError(401, 'unauthorized', 'Log in first')
    const tokenHash = hashToken(token)
    const now = deps.clock.now()
    const session = await getSession(deps.db, tokenHash, now.toISOString())
    if (!session) throw new ApiError(401, 'unauthorized', 'The session has expired; log in again')
    // Sliding expiry to the minute: a console that polls would otherwise
    // make every read a write (and an fsync).
    if (now.getTime() - Date.parse(session.lastSeenAt) >= TOUCH_EVERY_MS) {
      await touchSession(deps.db, tokenHash, now.toISOString(), expiry(deps, now))
    }
    c.set('user', session.user)
    c.set('sessionHash', tokenHash)
    c.set('csrfToken', session.csrfToken)
    await next()
  })
}
