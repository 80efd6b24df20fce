// Configuration is read and checked once, at start-up. A bad value stops the
// server with a message naming the variable.
import { isIP } from 'node:net'
import type { PublicUrlProblem } from '../shared/registry-types.ts'
import { LOG_LEVELS, type LogLevel } from './ops/logger.ts'

export interface Config {
  host: string
  port: number
  dataDir: string
  /** postgres://… selects PostgreSQL; undefined: SQLite in dataDir. */
  databaseUrl: string | undefined
  /** Client addresses that may read /metrics without a token. */
  metricsAllow: string[]
  /** A bearer token that lets any address read /metrics. */
  metricsToken: string | undefined
  /** The least severe JSON log lines written (info: one line per request). */
  logLevel: LogLevel
  adminPassword: string | undefined
  seedDemo: boolean
  /** SEED_DEMO=1 said outright: the demo city also gets a few weeks of sample cases, visits and ratings. */
  seedSamples: boolean
  /** Base URL printed on posters and QR codes; defaults to the listen address. */
  publicUrl: string
  /** Why phones could not reach publicUrl, if they could not: PUBLIC_URL unset, or naming this machine. */
  publicUrlProblem: PublicUrlProblem | null
  /** Idle time after which a staff session expires. */
  sessionIdleMinutes: number
  /**
   * How many reverse proxies stand in front of the server. 0: the client is
   * the socket's peer and X-Forwarded-* headers are ignored (anyone can send
   * them). N: the client is the Nth address from the right of
   * X-Forwarded-For, and X-Forwarded-Proto says whether the visit is HTTPS.
   */
  trustProxy: number
  rateLimits: RateLimits
  /** A public form sent faster than this after it opened is taken for a bot (0: no such rule). */
  minFillMs: number
  /** Working days a resolved case waits for the reporter's answer before it closes itself. */
  confirmDays: number
  /** SMTP server for e-mail alerts (smtp://user:pass@host:port or smtps://…); undefined: e-mail alerts fail and are logged. */
  smtpUrl: string | undefined
  /** Sender address of e-mail alerts. */
  mailFrom: string
  /** Let alert channels target loopback and private addresses (an internal webhook receiver). */
  notifyAllowPrivateTargets: boolean
  /** Days after its closing that a closed or rejected case loses its personal content; 0: kept for ever. */
  retentionDays: number
}

/** Requests allowed per window; `enabled: false` turns every limit off (load tests, the fuzz test). */
export interface RateLimits {
  enabled: boolean
  windowSeconds: number
  feedbackPerAddress: number
  feedbackPerStore: number
  feedbackPerDevice: number
  trackPerAddress: number
  trackMissesPerAddress: number
  /** Pairing attempts per address per window (issue 13). */
  pairPerAddress: number
  /** Submissions without a store (the city-wide /report) per window, from all addresses together. */
  feedbackNoStore: number
  ratingsPerAddress: number
  /** A buyer's photo uploads per address per window: each may cost a decode. */
  photosPerAddress: number
}

export class ConfigError extends Error {
  override name = 'ConfigError'
}

type Env = Record<string, string | undefined>

export function readConfig(env: Env): Config {
  const host = env.HOST || '127.0.0.1'
  const port = integer(env, 'PORT', 8080, 0, 65535)
  const publicUrl = (env.PUBLIC_URL || listenUrl(host, port)).replace(/\/+$/, '')
  if (!/^https?:\/\/[^\s/]+/.test(publicUrl) || !URL.canParse(publicUrl)) throw new ConfigError(`PUBLIC_URL must be an http(s) URL, got "${publicUrl}"`)
  const adminPassword = env.ADMIN_PASSWORD || undefined
  if (adminPassword !== undefined && adminPassword.length < 8) {
    throw new ConfigError('ADMIN_PASSWORD must be at least 8 characters')
  }
  return {
    host,
    port,
    dataDir: env.DATA_DIR || './data',
    databaseUrl: databaseUrl(env),
    metricsAllow: addressList(env, 'METRICS_ALLOW'),
    metricsToken: secret(env, 'METRICS_TOKEN', 16),
    logLevel: logLevel(env),
    adminPassword,
    seedDemo: flag(env, 'SEED_DEMO', true),
    seedSamples: flag(env, 'SEED_DEMO', false),
    publicUrl,
    publicUrlProblem: !env.PUBLIC_URL ? 'unset' : isLoopback(publicUrl) ? 'loopback' : null,
    sessionIdleMinutes: integer(env, 'SESSION_IDLE_MINUTES', 120, 1, 7 * 24 * 60),
    trustProxy: trustProxy(env),
    minFillMs: integer(env, 'MIN_FILL_MS', 3000, 0, 60_000),
    confirmDays: integer(env, 'CONFIRM_DAYS', 7, 1, 60),
    smtpUrl: smtpUrl(env),
    mailFrom: env.MAIL_FROM || 'storevoice@localhost',
    notifyAllowPrivateTargets: flag(env, 'NOTIFY_ALLOW_PRIVATE_TARGETS', false),
    retentionDays: integer(env, 'RETENTION_DAYS', 0, 0, 36_500),
    rateLimits: {
      enabled: flag(env, 'RATE_LIMIT', true),
      windowSeconds: integer(env, 'RATE_LIMIT_WINDOW_SECONDS', 600, 1, 24 * 3600),
      feedbackPerAddress: integer(env, 'RATE_LIMIT_FEEDBACK_PER_ADDRESS', 20, 1, 1_000_000),
      feedbackPerStore: integer(env, 'RATE_LIMIT_FEEDBACK_PER_STORE', 60, 1, 1_000_000),
      feedbackPerDevice: integer(env, 'RATE_LIMIT_FEEDBACK_PER_DEVICE', 300, 1, 1_000_000),
      trackPerAddress: integer(env, 'RATE_LIMIT_TRACK_PER_ADDRESS', 120, 1, 1_000_000),
      trackMissesPerAddress: integer(env, 'RATE_LIMIT_TRACK_MISSES_PER_ADDRESS', 10, 1, 1_000_000),
      pairPerAddress: integer(env, 'RATE_LIMIT_PAIR_PER_ADDRESS', 10, 1, 1_000_000),
      feedbackNoStore: integer(env, 'RATE_LIMIT_FEEDBACK_NO_STORE', 300, 1, 1_000_000),
      ratingsPerAddress: integer(env, 'RATE_LIMIT_RATINGS_PER_ADDRESS', 30, 1, 1_000_000),
      photosPerAddress: integer(env, 'RATE_LIMIT_PHOTOS_PER_ADDRESS', 60, 1, 1_000_000),
    },
  }
}

/** The base URL when PUBLIC_URL is unset: the listen address (with the port actually bound, for PORT=0). */
export const listenUrl = (host: string, port: number) => `http://${host}:${port}`

// Loopback and "any address" hosts: a poster's QR code pointing there opens nothing on a phone.
function isLoopback(url: string): boolean {
  const host = new URL(url).hostname.replace(/^\[|\]$/g, '')
  return host === 'localhost' || host.endsWith('.localhost') || /^127\./.test(host) || host === '::1' || host === '0.0.0.0' || host === '::'
}

function smtpUrl(env: Env): string | undefined {
  const raw = env.SMTP_URL
  if (raw === undefined || raw === '') return undefined
  if (!/^smtps?:\/\/[^\s/]+/.test(raw)) throw new ConfigError('SMTP_URL must be an smtp:// or smtps:// URL')
  return raw
}

function logLevel(env: Env): LogLevel {
  const raw = env.LOG_LEVEL
  if (raw === undefined || raw === '') return 'info'
  const level = LOG_LEVELS.find((l) => l === raw)
  if (!level) throw new ConfigError(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, got "${raw}"`)
  return level
}

function addressList(env: Env, name: string): string[] {
  const list = (env[name] ?? '').split(',').map((s) => s.trim()).filter(Boolean)
  const bad = list.find((a) => isIP(a) === 0)
  if (bad !== undefined) throw new ConfigError(`${name} must be a comma-separated list of IP addresses, got "${bad}"`)
  return list
}

function secret(env: Env, name: string, minLength: number): string | undefined {
  const raw = env[name]
  if (raw === undefined || raw === '') return undefined
  if (raw.length < minLength || /\s/.test(raw)) throw new ConfigError(`${name} must be at least ${minLength} characters without spaces`)
  return raw
}

function databaseUrl(env: Env): string | undefined {
  const raw = env.DATABASE_URL
  if (raw === undefined || raw === '') return undefined
  if (!/^postgres(ql)?:\/\/\S+$/.test(raw)) throw new ConfigError('DATABASE_URL must be a postgres:// URL')
  return raw
}

// "true"/"false" read as 1/0 so that the usual spelling of a flag works too.
function trustProxy(env: Env): number {
  const raw = env.TRUST_PROXY
  if (raw === 'true' || raw === 'yes') return 1
  if (raw === 'false' || raw === 'no') return 0
  return integer(env, 'TRUST_PROXY', 0, 0, 10)
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
