// The one CSRF check: every state-changing request of a logged-in user must
// echo the session's token in X-CSRF-Token. SameSite=Strict cookies already
// stop most cross-site posts; the token also covers same-site attackers
// (another app on a sibling subdomain) and browsers that ignore SameSite.
import { timingSafeEqual } from 'node:crypto'
import { createMiddleware } from 'hono/factory'
import { ApiError } from '../api-error.ts'
import type { AppEnv } from '../deps.ts'

const CSRF_HEADER = 'X-CSRF-Token'
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS'])

/** Runs after requireSession. */
export const requireCsrf = createMiddleware<AppEnv>(async (c, next) => {
  if (!SAFE_METHODS.has(c.req.method)) {
    const expected = Buffer.from(c.get('csrfToken'))
    const sent = Buffer.from(c.req.header(CSRF_HEADER) ?? '')
    if (expected.length === 0 || sent.length !== expected.length || !timingSafeEqual(sent, expected)) {
      throw new ApiError(403, 'csrf_failed', `Missing or wrong ${CSRF_HEADER} header; reload the page`)
    }
  }
  await next()
})
