// The Prometheus numbers of one app: requests and their latency by route,
// submissions taken, and (for the server process, not for the many apps a
// test run builds) the process's own: memory, event-loop lag, CPU. Each app
// has its own registry, so apps side by side never mix their counts.
import { collectDefaultMetrics, Counter, Histogram, Registry } from 'prom-client'

export interface Metrics {
  registry: Registry
  requests: Counter<'method' | 'route' | 'status'>
  latency: Histogram<'method' | 'route'>
  submissions: Counter<'outcome'>
}

export function createMetrics(opts: { processMetrics: boolean }): Metrics {
  const registry = new Registry()
  if (opts.processMetrics) collectDefaultMetrics({ register: registry, prefix: 'storevoice_' })
  return {
    registry,
    requests: new Counter({
      name: 'storevoice_http_requests_total',
      help: 'HTTP requests answered, by method, route pattern and status',
      labelNames: ['method', 'route', 'status'],
      registers: [registry],
    }),
    latency: new Histogram({
      name: 'storevoice_http_request_duration_seconds',
      help: 'Time to answer, by method and route pattern',
      labelNames: ['method', 'route'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 10],
      registers: [registry],
    }),
    submissions: new Counter({
      name: 'storevoice_submissions_total',
      help: 'Public submissions answered: stored (201), repeated (200) or refused (4xx)',
      labelNames: ['outcome'],
      registers: [registry],
    }),
  }
}
