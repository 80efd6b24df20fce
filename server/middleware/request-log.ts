// One log line per answer: request id, method, route pattern (never the path
// itself, which may hold a receipt code), status and time taken. Handlers log
// through c.get('log'), which carries the request id.
import type { MiddlewareHandler } from 'hono'
import { routePath } from 'hono/route'
import type { AppEnv } from '../deps.ts'
import type { Logger } from '../ops/logger.ts'

export function requestLog(logger: Logger): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const started = performance.now()
    c.set('log', logger.child({ reqId: c.get('requestId') }))
    await next()
    c.get('log').info(
      { method: c.req.method, route: routePath(c, -1), status: c.res.status, ms: Math.round((performance.now() - started) * 10) / 10 },
      'request',
    )
  }
}
