// Counts every answer by its route pattern (/api/stores/:code, never the
// station code itself: one series per route, not per store) and times it.
import type { MiddlewareHandler } from 'hono'
import { routePath } from 'hono/route'
import type { AppEnv } from '../deps.ts'
import type { Metrics } from '../ops/metrics.ts'

export function recordMetrics(metrics: Metrics): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const started = performance.now()
    await next()
    const route = routePath(c, -1)
    const method = c.req.method
    metrics.requests.inc({ method, route, status: String(c.res.status) })
    metrics.latency.observe({ method, route }, (performance.now() - started) / 1000)
    if (method === 'POST' && route === '/api/feedback') {
      const s = c.res.status
      metrics.submissions.inc({ outcome: s === 201 ? 'stored' : s === 200 ? 'repeated' : 'refused' })
    }
  }
}
