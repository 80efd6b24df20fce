// The same security headers on every answer, pages and API alike. The CSP
// is the strict one the built front end really runs under (a browser test
// loads each page and counts violations): only our own scripts, styles,
// images (plus data:/blob: for QR codes drawn in the page), no inline
// script, no framing, no plugins.
import { createHash } from 'node:crypto'
import type { MiddlewareHandler } from 'hono'
import { isHttps } from '../client-info.ts'
import type { Config } from '../config.ts'

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "form-action 'self'",
].join('; ')

/**
 * A page's policy: the strict one, allowing the page's own inline style block
 * by its hash when it has one (the buyer page inlines its stylesheet to paint
 * without a second request, see vite.config.ts).
 */
export function pagePolicy(html: string): string {
  const style = /<style>([\s\S]*?)<\/style>/.exec(html)?.[1]
  return style === undefined ? CONTENT_SECURITY_POLICY : cspAllowingStyle(style)
}

/** The same policy, also allowing exactly one inline style block, named by its hash. */
export function cspAllowingStyle(css: string): string {
  const hash = createHash('sha256').update(css).digest('base64')
  return CONTENT_SECURITY_POLICY.replace("style-src 'self'", `style-src 'self' 'sha256-${hash}'`)
}

export function securityHeaders(config: Pick<Config, 'trustProxy'>): MiddlewareHandler {
  return async (c, next) => {
    await next()
    // A route may set its own policy for its answer (see cspAllowingStyle).
    if (!c.res.headers.has('Content-Security-Policy')) {
      const page = c.res.headers.get('Content-Type')?.startsWith('text/html') && !c.res.headers.has('Content-Encoding')
      // Read before taking the headers: on Node, cloning the answer replaces them.
      const policy = page ? pagePolicy(await c.res.clone().text()) : CONTENT_SECURITY_POLICY
      c.res.headers.set('Content-Security-Policy', policy)
    }
    const h = c.res.headers
    h.set('X-Content-Type-Options', 'nosniff')
    h.set('X-Frame-Options', 'DENY')
    // Receipt codes travel in /track/<receipt> URLs: no Referer may carry
    // them to anyone. The app itself never reads Referer (CSRF is a token).
    h.set('Referrer-Policy', 'no-referrer')
    h.set('Cross-Origin-Opener-Policy', 'same-origin')
    h.set('Permissions-Policy', 'camera=(), microphone=(), geolocation=(), payment=()')
    if (isHttps(c, config)) h.set('Strict-Transport-Security', 'max-age=31536000')
  }
}
