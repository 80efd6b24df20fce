// Answers that carry case or reporter data (the staff API, receipt
// look-ups, the receipt a submission answers) must not be kept by a browser
// cache or a proxy: a shared kiosk or office PC would otherwise hold them
// after the session ends (issue 13). RFC 9111 §5.2.2.5.
import type { MiddlewareHandler } from 'hono'

export const noStore: MiddlewareHandler = async (c, next) => {
  await next()
  // Set on the answer's own headers, as security-headers.ts does: c.header()
  // on a finished answer builds a second, full Response object (issue 14:
  // measurable on every submission).
  c.res.headers.set('Cache-Control', 'no-store')
}
