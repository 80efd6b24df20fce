// Generators of malformed, oversized and hostile requests for the fuzz test,
// aimed at every public route: broken and wrong-typed JSON, valid bodies
// with one field made hostile, unknown fields, bytes that are not UTF-8,
// odd methods, content types and headers, paths with traversal, bad
// percent-encoding and control characters.
import fc from 'fast-check'
import { feedbackBody } from '../helpers/test-app.ts'

export interface HostileRequest {
  method: string
  path: string
  headers: Record<string, string>
  body?: Buffer
}

const NASTY = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  "' OR 1=1 --",
  "'); DROP TABLE feedback; --",
  '=HYPERLINK("http://x","y")',
  '../../../../etc/passwd',
  '%00',
  '\u0000',
  '\u202e\u0645\u0631\u062d\u0628\u0627',
  '𠜎𠜱𠝹𠱓',
  '😀'.repeat(600),
  'x'.repeat(2001),
  '__proto__',
  'constructor',
  '\ud800',
  '%zz%',
  '{"$gt":""}',
  '${7*7}{{7*7}}',
  ' ',
  '',
]

const hostileString = fc.oneof(fc.constantFrom(...NASTY), fc.string({ unit: 'binary', maxLength: 80 }), fc.string({ maxLength: 300 }))
const hostileValue = fc.oneof(hostileString, fc.anything({ maxDepth: 3 }), fc.integer(), fc.double(), fc.constant(null), fc.boolean())

const FEEDBACK_FIELDS = ['id', 'storeCode', 'kind', 'category', 'message', 'contact', 'anonymous', 'channel', 'createdAt', 'hp', 'fillMs']

/** A body that is valid except for what was changed, so the checks past the schema are reached too. */
const mutatedFeedback = fc
  .record({
    set: fc.dictionary(fc.constantFrom(...FEEDBACK_FIELDS, 'ip', '__proto__', 'status', 'receipt'), hostileValue, { maxKeys: 3 }),
    drop: fc.subarray(FEEDBACK_FIELDS, { maxLength: 2 }),
  })
  .map(({ set, drop }) => {
    const body: Record<string, unknown> = { ...feedbackBody({ createdAt: '2020-01-01T00:00:00.000Z' }), ...set }
    for (const k of drop) delete body[k]
    return JSON.stringify(body)
  })

const jsonText = fc.oneof(
  mutatedFeedback,
  fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v)),
  fc.record({ username: hostileValue, password: hostileValue }).map((v) => JSON.stringify(v)),
  fc.record({ text: hostileValue }).map((v) => JSON.stringify(v)),
  hostileString,
  fc.constant('{"a":'.repeat(5000)),
  fc.constant('[' + '1,'.repeat(30_000) + '1]'),
)

const bodyBytes: fc.Arbitrary<Buffer> = fc.oneof(
  { weight: 6, arbitrary: jsonText.map((s) => Buffer.from(s)) },
  { weight: 1, arbitrary: fc.uint8Array({ maxLength: 400 }).map((a) => Buffer.from(a)) },
  { weight: 1, arbitrary: fc.integer({ min: 64 * 1024 - 10, max: 200 * 1024 }).map((n) => Buffer.alloc(n, 0x7b)) },
)

/** Percent-encodes only what HTTP cannot carry raw, so bad escapes like %zz still reach the server. */
export function rawPath(s: string): string {
  let out = ''
  for (const ch of s) {
    const code = ch.codePointAt(0)!
    if (code > 0x20 && code < 0x7f && ch !== '#' && ch !== '?') out += ch
    else out += [...Buffer.from(ch)].map((b) => `%${b.toString(16).padStart(2, '0')}`).join('')
  }
  return out
}

const segment = hostileString.map(rawPath)

const target = fc.oneof(
  fc.record({ method: fc.constant('POST'), path: fc.constant('/api/feedback') }),
  fc.record({ method: fc.constant('POST'), path: fc.constantFrom('/api/track/RECEIPT/messages', '/api/auth/login') }),
  fc.record({ method: fc.constant('POST'), path: segment.map((s) => `/api/track/${s}/messages`) }),
  fc.record({ method: fc.constant('GET'), path: segment.map((s) => `/api/stores/${s}`) }),
  fc.record({ method: fc.constant('GET'), path: fc.tuple(segment, segment, segment).map(([q, d, p]) => `/api/stores?q=${q}&district=${d}&page=${p}`) }),
  fc.record({ method: fc.constant('GET'), path: segment.map((s) => `/api/track/${s}`) }),
  fc.record({ method: fc.constant('GET'), path: segment.map((s) => `/api/categories?${s}`) }),
  fc.record({ method: fc.constant('GET'), path: fc.tuple(fc.constantFrom('/s/', '/track/', '/staff/', '/report?', '/assets/', '/'), segment).map(([p, s]) => p + s) }),
  fc.record({
    method: fc.constantFrom('GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS', 'HEAD'),
    path: fc.constantFrom('/api/feedback', '/api/stores/44010001', '/api/track/RECEIPT', '/api/auth/login', '/api/categories', '/healthz', '/staff'),
  }),
)

const headerValue = fc.string({ unit: 'binary-ascii', maxLength: 120 }).map((s) => s.replace(/[^\t\x20-\x7e]/g, ''))

const headers = fc.record(
  {
    'content-type': fc.constantFrom(
      'application/json',
      'application/json; charset=utf-8',
      'application/json; charset=utf-16',
      'text/plain',
      'application/x-www-form-urlencoded',
      'multipart/form-data; boundary=x',
      'application/jsonx',
      '',
    ),
    'x-device-token': headerValue,
    'x-forwarded-for': headerValue,
    'x-forwarded-proto': headerValue,
    cookie: headerValue.map((v) => `sv_session=${v}`),
    'accept-language': headerValue,
    'x-csrf-token': headerValue,
  },
  { requiredKeys: ['content-type'] },
)

export const hostileRequest: fc.Arbitrary<HostileRequest> = fc
  .record({ target, headers, body: fc.option(bodyBytes, { freq: 8 }) })
  .map(({ target, headers, body }) => ({
    method: target.method,
    path: target.path,
    headers,
    ...(body !== null && target.method !== 'GET' && target.method !== 'HEAD' && { body }),
  }))
