// The one role check for /api/admin: looks up the route that will answer
// this request in ADMIN_ROUTE_ROLES. Scope (which districts and stores) is
// checked per route group, where the case or store is known.
import { createMiddleware } from 'hono/factory'
import { matchedRoutes } from 'hono/route'
import { ApiError } from '../api-error.ts'
import { ADMIN_PREFIX, ADMIN_ROUTE_ROLES } from '../auth/route-roles.ts'
import type { AppEnv } from '../deps.ts'

/** Runs after requireSession, before every /api/admin handler. */
export const authorize = createMiddleware<AppEnv>(async (c, next) => {
  // Middleware is registered for every method ('ALL'); the last method-bound
  // match is the handler. None means no such route: let it answer 404.
  const handler = matchedRoutes(c)
    .filter((r) => r.method !== 'ALL')
    .at(-1)
  if (handler) {
    const roles = ADMIN_ROUTE_ROLES[`${handler.method} ${handler.path.slice(ADMIN_PREFIX.length)}`]
    if (!roles?.includes(c.get('user').role)) throw new ApiError(403, 'forbidden', 'Your role may not do this')
  }
  await next()
})
