// Rate limits on what the public can do without an account. Counted per
// client address (kept only hashed: see limits/rate-limiter.ts), per kiosk
// device, and per store, so that one flooding phone or script is stopped
// while buyers elsewhere keep getting through.
import type { Context, MiddlewareHandler } from 'hono'
import { DEVICE_TOKEN_HEADER } from '../../shared/device-token.ts'
import { clientAddress } from '../client-info.ts'
import type { RateLimits } from '../config.ts'
import type { FeedbackInput } from '../../shared/schemas.ts'
import type { SubmitHooks } from '../cases/submit-feedback.ts'
import type { AppDeps } from '../deps.ts'
import { botSignal } from '../limits/bot-signals.ts'
import { enforce, limiterFor } from '../limits/public-limits.ts'

/**
 * Before POST /api/feedback is even parsed: per address, or per device for
 * a kiosk. A kiosk flushing its offline outbox sends many at once, so it
 * gets its own, larger allowance; the same allowance also caps each address
 * sending device tokens, so made-up tokens cannot dodge the address limit.
 */
export function feedbackSenderLimit(deps: AppDeps): MiddlewareHandler {
  return senderLimit(deps, { address: 'feedback-address', kioskAddress: 'kiosk-address', kioskDevice: 'kiosk-device' }, (l) => l.feedbackPerAddress)
}

/** The counters one sender limit keeps, each its own window. */
interface SenderKeys {
  address: string
  kioskAddress: string
  kioskDevice: string
}

function senderLimit(deps: AppDeps, keys: SenderKeys, perAddress: (limits: RateLimits) => number): MiddlewareHandler {
  const limits = deps.config.rateLimits
  return async (c, next) => {
    if (limits.enabled && c.req.method === 'POST') {
      const limiter = limiterFor(deps)
      const address = clientAddress(c, deps.config)
      const device = c.req.header(DEVICE_TOKEN_HEADER)
      if (device) {
        // Both in one round trip where the counters are in the database.
        const hits = [
          { scope: keys.kioskAddress, subject: address, limit: limits.feedbackPerDevice },
          { scope: keys.kioskDevice, subject: device, limit: limits.feedbackPerDevice },
        ]
        enforce(c, await limiter.hitEach(hits))
      } else {
        enforce(c, await limiter.hit(keys.address, address, perAddress(limits)))
      }
    }
    await next()
  }
}

/**
 * Per store, once the body is valid: past the store's threshold a
 * submission is still accepted and answered as usual, but held for review
 * (issue 13: three addresses used up a store's allowance and real buyers got
 * 429). A single flooding address was already stopped before it got here.
 * `null` (no store given, the city-wide /report) has its own, larger budget.
 */
export async function overStoreThreshold(deps: AppDeps, storeCode: string | null): Promise<boolean> {
  const limits = deps.config.rateLimits
  if (!limits.enabled) return false
  const budget = storeCode === null ? limits.feedbackNoStore : limits.feedbackPerStore
  const verdict = await limiterFor(deps).hit('feedback-store', storeCode ?? '', budget)
  return !verdict.allowed
}

/**
 * The store threshold for a valid submission, counted before it goes to
 * submitFeedback (whose hook answers synchronously, and the count may be in
 * the database): a bot's submission is held anyway and not counted, as the
 * hook did not count it either.
 */
export async function floodHooks(deps: AppDeps, input: FeedbackInput): Promise<SubmitHooks> {
  const over = botSignal(input, deps.config.minFillMs) === undefined && (await overStoreThreshold(deps, input.storeCode ?? null))
  return { overFloodThreshold: () => over }
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
    // Counted as a miss before the look-up and given back when it finds a
    // receipt: simultaneous guesses cannot all pass while the first ones
    // are still being looked up (issue 13: 150 got through a limit of 10).
    enforce(c, await limiter.hit('track-miss', address, limits.trackMissesPerAddress))
    const verdict = await limiter.hit('track', address, limits.trackPerAddress)
    if (!verdict.allowed) await limiter.refund('track-miss', address)
    enforce(c, verdict)
    await next()
    // A code that cannot be a receipt (400) is a miss like an unknown one (404).
    if (c.res.status !== 404 && c.res.status !== 400) await limiter.refund('track-miss', address)
  }
}

/**
 * Pairing codes, per address, counted before the code is looked up (issue
 * 13: ~940 guesses a second were possible); a code that pairs gives its
 * count back, so a store setting up several tablets is not held up.
 */
export function pairLimit(deps: AppDeps): MiddlewareHandler {
  const limits = deps.config.rateLimits
  return async (c, next) => {
    if (!limits.enabled || c.req.method !== 'POST') return next()
    const limiter = limiterFor(deps)
    const address = clientAddress(c, deps.config)
    enforce(c, await limiter.hit('pair', address, limits.pairPerAddress))
    await next()
    if (c.res.status === 201) await limiter.refund('pair', address)
  }
}

/**
 * Before a buyer's photo (POST /api/feedback/:id/photos) is read: per
 * address, every upload counted, as each may cost a decode. The default is
 * three photos for each submission an address may send; photos are not
 * taken on the shared tablet, so no device allowance.
 */
export function photoSenderLimit(deps: AppDeps): MiddlewareHandler {
  const limits = deps.config.rateLimits
  return async (c, next) => {
    if (!limits.enabled || c.req.method !== 'POST') return next()
    enforce(c, await limiterFor(deps).hit('photo-address', clientAddress(c, deps.config), limits.photosPerAddress))
    await next()
  }
}

/**
 * Before POST /api/ratings is parsed: per address, or per device for a
 * paired tablet (many buyers tap the same one), with the same guard on
 * addresses sending device tokens as for feedback.
 */
export function ratingSenderLimit(deps: AppDeps): MiddlewareHandler {
  return senderLimit(deps, { address: 'rating-address', kioskAddress: 'kiosk-rating-address', kioskDevice: 'kiosk-rating-device' }, (l) => l.ratingsPerAddress)
}

// A person rates a store once after a visit, perhaps twice; more taps from
// one phone on one store in a window are held, not counted.
const RATING_REPEATS_PER_STORE = 3

/** Counts one rating of this store from this phone; true once it is past what a person would send. */
export async function isRepeatRating(c: Context, deps: AppDeps, storeCode: string): Promise<boolean> {
  if (!deps.config.rateLimits.enabled) return false
  const address = clientAddress(c, deps.config)
  return !(await limiterFor(deps).hit('rating-repeat', `${address}\0${storeCode}`, RATING_REPEATS_PER_STORE)).allowed
}
