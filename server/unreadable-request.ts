// A request the Node adapter cannot even turn into a URL (a backslash in the
// path, a malformed Host header) never reaches the app, so app.onError
// cannot answer it. This answers it in the same error shape, with 400. The
// adapter calls it for nothing else: app.fetch itself never rejects, since
// app.onError answers every error; should it ever, that is a bare 500.
import { RequestError } from '@hono/node-server'
import type { ApiErrorBody } from '../shared/api-error.ts'
import { CONTENT_SECURITY_POLICY } from './middleware/security-headers.ts'

export function unreadableRequest(err: unknown): Response {
  const unreadable = err instanceof RequestError
  if (!unreadable) console.error('request failed outside the app', err)
  const body: ApiErrorBody = unreadable
    ? { error: { code: 'bad_request', message: 'The request line or headers cannot be read' } }
    : { error: { code: 'internal', message: 'Internal error' } }
  return new Response(JSON.stringify(body), {
    status: unreadable ? 400 : 500,
    headers: {
      'content-type': 'application/json',
      'content-security-policy': CONTENT_SECURITY_POLICY,
      'x-content-type-options': 'nosniff',
    },
  })
}
