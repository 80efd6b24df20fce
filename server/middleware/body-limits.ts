// One size limit for every request body, on every route, before anything
// reads it: a declared Content-Length over the limit is refused at once,
// a chunked body is counted as it arrives. Route groups that legitimately
// take more (the store CSV import) are listed here, in one place.
import type { MiddlewareHandler } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import { ApiError } from '../api-error.ts'

export const DEFAULT_BODY_LIMIT = 64 * 1024

/** Path prefix → bytes; the first matching prefix wins. */
export const BODY_LIMITS: readonly (readonly [prefix: string, bytes: number])[] = [
  ['/api/admin/stores/import', 6 * 1024 * 1024],
]

export function bodyLimits(table = BODY_LIMITS, fallback = DEFAULT_BODY_LIMIT): MiddlewareHandler {
  const limiter = (bytes: number) =>
    bodyLimit({
      maxSize: bytes,
      onError: () => {
        throw new ApiError(413, 'payload_too_large', `The request body is larger than ${bytes} bytes`)
      },
    })
  const routes = table.map(([prefix, bytes]) => [prefix, limiter(bytes)] as const)
  const standard = limiter(fallback)
  return (c, next) => {
    const path = c.req.path
    const match = routes.find(([prefix]) => path === prefix || path.startsWith(`${prefix}/`) || path.startsWith(`${prefix}?`))
    return (match?.[1] ?? standard)(c, next)
  }
}
