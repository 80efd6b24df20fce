// Answers that carry case or reporter data (the staff API, receipt
// look-ups, the receipt a submission answers) must not be kept by a browser
// cache or a proxy: a shared kiosk or office PC would otherwise hold them
// after the session ends (issue 13). RFC 9111 §5.2.2.5.
import type { MiddlewareHandler } from 'hono'

export const noStore: MiddlewareHandler = async (c, next) => {
  await next()
  c.header('Cache-Control', 'no-store')
}
