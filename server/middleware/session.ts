// Staff authentication: a random session token in an HttpOnly cookie, its
// hash in the sessions table, sliding idle expiry.
import { createHash, randomBytes } from 'node:crypto'
import type { Context } from 'hono'
import { deleteCookie, getCookie, setCookie } from 'hono/cookie'
import { createMiddleware } from 'hono/factory'
import type { Role } from '../../shared/enums.ts'
import { ApiError } from '../api-error.ts'
import { isHttps } from '../client-info.ts'
import { deleteSession, getSessionUser, insertSession, touchSession } from '../db/queries/sessions.ts'
import type { AppDeps, AppEnv } from '../deps.ts'

export const SESSION_COOKIE = 'sv_session'

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex')

function expiry(deps: AppDeps, from: Date): string {
  return new Date(from.getTime() + deps.config.sessionIdleMinutes * 60_000).toISOString()
}

export async function startSession(c: Context, deps: AppDeps, userId: number): Promise<void> {
  const token = randomBytes(32).toString('base64url')
  const now = deps.clock.now()
  await insertSession(deps.db, hashToken(token), userId, now.toISOString(), expiry(deps, now))
  setCookie(c, SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'Strict',
    path: '/',
    secure: isHttps(c, deps.config),
  })
}

export async function endSession(c: Context, deps: AppDeps): Promise<void> {
  const token = getCookie(c, SESSION_COOKIE)
  if (token) await deleteSession(deps.db, hashToken(token))
  deleteCookie(c, SESSION_COOKIE, { path: '/' })
}

/** 401 unless the request carries a live session; puts the user on the context. */
export function requireSession(deps: AppDeps) {
  return createMiddleware<AppEnv>(async (c, next) => {
    const token = getCookie(c, SESSION_COOKIE)
    if (!token) throw new ApiError(401, 'unauthorized', 'Log in first')
    const tokenHash = hashToken(token)
    const now = deps.clock.now()
    const user = await getSessionUser(deps.db, tokenHash, now.toISOString())
    if (!user) throw new ApiError(401, 'unauthorized', 'The session has expired; log in again')
    await touchSession(deps.db, tokenHash, now.toISOString(), expiry(deps, now))
    c.set('user', user)
    c.set('sessionHash', tokenHash)
    await next()
  })
}

/** 403 unless the logged-in user has one of the roles. */
export function requireRole(...roles: Role[]) {
  return createMiddleware<AppEnv>(async (c, next) => {
    if (!roles.includes(c.get('user').role)) throw new ApiError(403, 'forbidden', 'Your role may not do this')
    await next()
  })
}

/** The districts a user's view is limited to; undefined for the whole city. */
export function districtScope(user: AppEnv['Variables']['user']): string[] | undefined {
  return user.role === 'supervisor' ? user.districts : undefined
}
