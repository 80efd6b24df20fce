// Who is asking, and over what: the client's address (for rate limits, which
// keep it only hashed, and in the audit log's login entries, the one place it
// is stored) and whether the visit is HTTPS (for Secure cookies and HSTS).
// Forwarded headers are believed only when TRUST_PROXY says a proxy sets
// them; otherwise anyone could claim any address and dodge every limit.
import { getConnInfo } from '@hono/node-server/conninfo'
import type { Context } from 'hono'
import type { Config } from './config.ts'

const UNKNOWN = 'unknown'

export function clientAddress(c: Context, config: Pick<Config, 'trustProxy'>): string {
  if (config.trustProxy > 0) {
    const hops = listHeader(c.req.header('x-forwarded-for'))
    // Each trusted proxy appends the address it saw; the ones further left
    // were written by the client and prove nothing.
    const forwarded = hops[hops.length - config.trustProxy]
    if (forwarded) return forwarded
  }
  return socketAddress(c) ?? UNKNOWN
}

export function isHttps(c: Context, config: Pick<Config, 'trustProxy'>): boolean {
  if (config.trustProxy > 0) {
    const proto = listHeader(c.req.header('x-forwarded-proto')).at(-1)
    if (proto) return proto.toLowerCase() === 'https'
  }
  return new URL(c.req.url).protocol === 'https:'
}

function listHeader(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
}

// app.request() in tests has no socket unless the test hands one in.
function socketAddress(c: Context): string | undefined {
  try {
    return getConnInfo(c).remote.address
  } catch {
    return undefined
  }
}
