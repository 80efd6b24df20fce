// Who may read /metrics: the scraper's address listed in METRICS_ALLOW, or a
// request carrying `Authorization: Bearer <METRICS_TOKEN>`. Everyone else
// gets the same 404 as any unknown path, so the endpoint is not advertised.
import { createHash, timingSafeEqual } from 'node:crypto'
import type { Context } from 'hono'
import { clientAddress } from '../client-info.ts'
import type { Config } from '../config.ts'

const digest = (s: string) => createHash('sha256').update(s).digest()

export function metricsAllowed(c: Context, config: Pick<Config, 'trustProxy' | 'metricsAllow' | 'metricsToken'>): boolean {
  if (config.metricsAllow.includes(clientAddress(c, config))) return true
  const auth = c.req.header('authorization') ?? ''
  const match = /^Bearer\s+(\S+)$/i.exec(auth)
  // Compared as digests: equal lengths, and no timing hint of how much matched.
  return config.metricsToken !== undefined && match !== null && timingSafeEqual(digest(match[1]!), digest(config.metricsToken))
}
