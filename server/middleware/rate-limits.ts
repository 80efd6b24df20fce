// Rate limits on what the public can do without an account. Counted per
// client address (kept only hashed: see limits/rate-limiter.ts), per kiosk
// device, and per store, so that one flooding phone or script is stopped
// while buyers elsewhere keep getting through.
import type { Context, MiddlewareHandler } from 'hono'
import { DEVICE_TOKEN_HEADER } from '../../shared/device-token.ts'
import { clientAddress } from '../client-info.ts'
import type { AppDeps } from '../deps.ts'
import { enforce, limiterFor } from '../limits/public-limits.ts'

/**
 * Before POST /api/feedback is even parsed: per address, or per device for
 * a kiosk. A kiosk flushing its offline outbox sends many at once, so it
 * gets its own, larger allowance; the same allowance also caps each address
 * sending device tokens, so made-up tokens cannot dodge the address limit.
 */
export function feedbackSenderLimit(deps: AppDeps): MiddlewareHandler {
  const limits = deps.config.rateLimits
  return async (c, next) => {
    if (limits.enabled && c.req.method === 'POST') {
      const limiter = limiterFor(deps)
      const address = clientAddress(c, deps.config)
      const device = c.req.header(DEVICE_TOKEN_HEADER)
      if (device) {
        enforce(c, limiter.hit('kiosk-address', address, limits.feedbackPerDevice))
        enforce(c, limiter.hit('kiosk-device', device, limits.feedbackPerDevice))
      } else {
        enforce(c, limiter.hit('feedback-address', address, limits.feedbackPerAddress))
      }
    }
    await next()
  }
}

/**
 * Per store, once the body is valid: a flood aimed at one store from many
 * addresses stops there, and a single flooding address was already stopped
 * before it could use up the store's allowance. `null` (no store given, from
 * /report) is a bucket of its own.
 */
export function enforceStoreLimit(c: Context, deps: AppDeps, storeCode: string | null): void {
  const limits = deps.config.rateLimits
  if (!limits.enabled) return
  enforce(c, limiterFor(deps).hit('feedback-store', storeCode ?? '', limits.feedbackPerStore))
}

/**
 * Tracking look-ups, per address; look-ups of receipts that do not exist
 * are counted apart and allowed far fewer, so that guessing receipt codes
 * is throttled long before it could find one (65 random bits each).
 */
export function trackLimit(deps: AppDeps): MiddlewareHandler {
  const limits = deps.config.rateLimits
  return async (c, next) => {
    if (!limits.enabled) return next()
    const limiter = limiterFor(deps)
    const address = clientAddress(c, deps.config)
    enforce(c, limiter.check('track-miss', address, limits.trackMissesPerAddress))
    enforce(c, limiter.hit('track', address, limits.trackPerAddress))
    await next()
    // A code that cannot be a receipt (400) is a miss like an unknown one (404).
    if (c.res.status === 404 || c.res.status === 400) limiter.add('track-miss', address)
  }
}

/**
 * Before POST /api/ratings is parsed: per address, or per device for a
 * paired tablet (many buyers tap the same one), with the same guard on
 * addresses sending device tokens as for feedback.
 */
export function ratingSenderLimit(deps: AppDeps): MiddlewareHandler {
  const limits = deps.config.rateLimits
  return async (c, next) => {
    if (limits.enabled && c.req.method === 'POST') {
      const limiter = limiterFor(deps)
      const address = clientAddress(c, deps.config)
      const device = c.req.header(DEVICE_TOKEN_HEADER)
      if (device) {
        enforce(c, limiter.hit('kiosk-rating-address', address, limits.feedbackPerDevice))
        enforce(c, limiter.hit('kiosk-rating-device', device, limits.feedbackPerDevice))
      } else {
        enforce(c, limiter.hit('rating-address', address, limits.ratingsPerAddress))
      }
    }
    await next()
  }
}

// A person rates a store once after a visit, perhaps twice; more taps from
// one phone on one store in a window are held, not counted.
const RATING_REPEATS_PER_STORE = 3

/** Counts one rating of this store from this phone; true once it is past what a person would send. */
export function isRepeatRating(c: Context, deps: AppDeps, storeCode: string): boolean {
  if (!deps.config.rateLimits.enabled) return false
  const address = clientAddress(c, deps.config)
  return !limiterFor(deps).hit('rating-repeat', `${address}\0${storeCode}`, RATING_REPEATS_PER_STORE).allowed
}
