// What every answer carries and what no route will read: security headers
// on pages, API answers and errors alike, and one body size limit on every
// route (raised only where a route group needs it).
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEFAULT_BODY_LIMIT } from '../../server/middleware/body-limits.ts'
import { ADMIN_PASSWORD, makeTestApp, postJson, type TestApp } from '../helpers/test-app.ts'

const big = 'x'.repeat(DEFAULT_BODY_LIMIT + 1)

describe('at the edge of the server', () => {
  let t: TestApp
  beforeAll(async () => (t = await makeTestApp()))
  afterAll(() => t.close())

  for (const [what, path, init] of [
    ['a page', '/s/44010001', {}],
    ['an API answer', '/api/categories', {}],
    ['a 404', '/api/nope', {}],
    ['a 400', '/api/feedback', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{' }],
  ] as const) {
    it(`sends the security headers on ${what}`, async () => {
      const res = await t.app.request(path, init)
      const csp = res.headers.get('content-security-policy') ?? ''
      expect(csp).toContain("default-src 'self'")
      expect(csp).toContain("script-src 'self'")
      expect(csp).not.toContain('unsafe-inline')
      expect(csp).toContain("frame-ancestors 'none'")
      expect(res.headers.get('x-content-type-options')).toBe('nosniff')
      expect(res.headers.get('x-frame-options')).toBe('DENY')
      expect(res.headers.get('referrer-policy')).toBe('no-referrer')
      expect(res.headers.get('strict-transport-security')).toBeNull()
    })
  }

  for (const path of ['/api/feedback', '/api/auth/login', '/api/auth/logout', '/api/track/ABCD1234EFGHJ/messages', '/api/nope', '/staff']) {
    it(`refuses a body over ${DEFAULT_BODY_LIMIT} bytes at ${path} with 413`, async () => {
      const res = await postJson(t.app, path, big)
      expect(res.status).toBe(413)
      expect((await res.json()).error.code).toBe('payload_too_large')
    })
  }

  it('counts a streamed body that declares no length', async () => {
    const chunk = new TextEncoder().encode('x'.repeat(16 * 1024))
    let sent = 0
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent++ < 8) controller.enqueue(chunk)
        else controller.close()
      },
    })
    const res = await t.app.request('/api/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
      duplex: 'half',
    } as RequestInit)
    expect(res.status).toBe(413)
  })

  it('lets the store import take a larger body (and still asks for a login)', async () => {
    const res = await t.app.request('/api/admin/stores/import', { method: 'POST', headers: { 'content-type': 'text/csv' }, body: big })
    expect(res.status).toBe(401)
  })
})

describe('cookies behind a TLS-terminating proxy', () => {
  const login = (t: TestApp) => postJson(t.app, '/api/auth/login', { username: 'admin', password: ADMIN_PASSWORD }, { 'X-Forwarded-Proto': 'https' })

  it('marks the session cookie Secure, and sends HSTS, when TRUST_PROXY vouches for https', async () => {
    const t = await makeTestApp({ env: { TRUST_PROXY: '1' } })
    const res = await login(t)
    expect(res.headers.get('set-cookie')).toMatch(/;\s*Secure/i)
    expect(res.headers.get('strict-transport-security')).toMatch(/max-age=\d+/)
    await t.close()
  })

  it('believes no X-Forwarded-Proto from an untrusted client', async () => {
    const t = await makeTestApp()
    const res = await login(t)
    expect(res.headers.get('set-cookie')).not.toMatch(/;\s*Secure/i)
    await t.close()
  })
})
