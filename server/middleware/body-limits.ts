// One size limit for every request body, on every route, before anything
// reads it: a declared Content-Length over the limit is refused at once,
// a chunked body is counted as it arrives. Route groups that legitimately
// take more (the store CSV import) are listed here: the one place a body's
// size is checked.
import type { MiddlewareHandler } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import { PHOTO_MAX_BYTES } from '../../shared/photos.ts'
import { ApiError } from '../api-error.ts'

export const DEFAULT_BODY_LIMIT = 64 * 1024

/** Path prefix (or pattern) → bytes; the first match wins. */
const BODY_LIMITS: readonly (readonly [prefix: string | RegExp, bytes: number])[] = [
  ['/api/admin/stores/import', 5 * 1024 * 1024],
  // An evidence photo (issue 15): the raw image, before it is re-encoded;
  // a buyer's for a submission, a supervisor's for a visit (issue 10).
  [/^\/api\/(feedback|admin\/visits)\/[^/]+\/photos$/, PHOTO_MAX_BYTES],
]

export function bodyLimits(): MiddlewareHandler {
  const limiter = (bytes: number) =>
    bodyLimit({
      maxSize: bytes,
      onError: () => {
        throw tooLarge(bytes)
      },
    })
  const routes = BODY_LIMITS.map(([prefix, bytes]) => ({ prefix, bytes, counted: limiter(bytes) }))
  const standard = { bytes: DEFAULT_BODY_LIMIT, counted: limiter(DEFAULT_BODY_LIMIT) }
  return async (c, next) => {
    const path = c.req.path
    const limit =
      routes.find(({ prefix }) => (typeof prefix === 'string' ? path === prefix || path.startsWith(`${prefix}/`) : prefix.test(path))) ?? standard
    // A declared length is checked here without touching the body: reading
    // c.req.raw.body would make the Node adapter build a web stream for
    // every request, a cost the submission benchmark shows. Node's parser
    // never hands on more than the declared length as this request's body.
    const declared = c.req.header('content-length')
    if (declared !== undefined && c.req.header('transfer-encoding') === undefined) {
      if (Number(declared) > limit.bytes) throw tooLarge(limit.bytes)
      return next()
    }
    if (c.req.method === 'GET' || c.req.method === 'HEAD') return next()
    return limit.counted(c, next)
  }
}

function tooLarge(bytes: number): ApiError {
  return new ApiError(413, 'payload_too_large', `The request body is larger than ${bytes} bytes`)
}
