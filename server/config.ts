// Configuration is read and checked once, at start-up. A bad value stops the
// server with a message naming the variable.

export interface Config {
  host: string
  port: number
  dataDir: string
  adminPassword: string | undefined
  seedDemo: boolean
  /** Base URL printed on posters and QR codes; defaults to the listen address. */
  publicUrl: string
  /** Idle time after which a staff session expires. */
  sessionIdleMinutes: number
  /** Behind a reverse proxy: take the client address from X-Forwarded-For (login throttling). */
  trustProxy: boolean
}

export class ConfigError extends Error {
  override name = 'ConfigError'
}

type Env = Record<string, string | undefined>

export function readConfig(env: Env): Config {
  const host = env.HOST || '127.0.0.1'
  const port = integer(env, 'PORT', 8080, 0, 65535)
  const publicUrl = (env.PUBLIC_URL || `http://${host}:${port}`).replace(/\/+$/, '')
  if (!/^https?:\/\/[^\s/]+/.test(publicUrl)) throw new ConfigError(`PUBLIC_URL must be an http(s) URL, got "${publicUrl}"`)
  const adminPassword = env.ADMIN_PASSWORD || undefined
  if (adminPassword !== undefined && adminPassword.length < 8) {
    throw new ConfigError('ADMIN_PASSWORD must be at least 8 characters')
  }
  return {
    host,
    port,
    dataDir: env.DATA_DIR || './data',
    adminPassword,
    seedDemo: flag(env, 'SEED_DEMO', true),
    publicUrl,
    sessionIdleMinutes: integer(env, 'SESSION_IDLE_MINUTES', 120, 1, 7 * 24 * 60),
    trustProxy: flag(env, 'TRUST_PROXY', false),
  }
}

function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name]
  if (raw === undefined || raw === '') return fallback
  const n = Number(raw)
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new ConfigError(`${name} must be an integer from ${min} to ${max}, got "${raw}"`)
  }
  return n
}

function flag(env: Env, name: string, fallback: boolean): boolean {
  const raw = env[name]
  if (raw === undefined || raw === '') return fallback
  if (['1', 'true', 'yes'].includes(raw)) return true
  if (['0', 'false', 'no'].includes(raw)) return false
  throw new ConfigError(`${name} must be 1 or 0, got "${raw}"`)
}
