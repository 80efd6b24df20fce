// GET /metrics in the Prometheus text format, for the configured scrapers only.
import { Hono } from 'hono'
import { ApiError } from '../api-error.ts'
import type { AppDeps, AppEnv } from '../deps.ts'
import { metricsAllowed } from '../ops/metrics-access.ts'
import type { Metrics } from '../ops/metrics.ts'

export function metricsRoutes(deps: AppDeps, metrics: Metrics) {
  const app = new Hono<AppEnv>()

  app.get('/', async (c) => {
    if (!metricsAllowed(c, deps.config)) throw new ApiError(404, 'not_found', `Nothing at GET ${c.req.path}`)
    c.header('content-type', metrics.registry.contentType)
    return c.body(await metrics.registry.metrics())
  })

  return app
}
