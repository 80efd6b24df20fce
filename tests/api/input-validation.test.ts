// Query strings and path parameters are checked at the edge like bodies: a
// value that cannot be right is a 400 naming the field, in the one error
// shape, before any handler runs; a well-formed value that names nothing is
// still the handler's 404.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEMO_STORE, loginHeaders, makeTestApp, type TestApp } from '../helpers/test-app.ts'

const LONG_DISTRICT = '区'.repeat(41)

describe('bad query strings and path parameters', () => {
  let t: TestApp
  let admin: Record<string, string>
  beforeAll(async () => {
    t = await makeTestApp()
    admin = await loginHeaders(t.app)
  })
  afterAll(() => t.close())

  const send = (method: string, path: string, body?: unknown) =>
    t.app.request(path, {
      method,
      headers: { ...admin, 'content-type': body === undefined ? 'text/csv' : 'application/json' },
      body: body === undefined ? (method === 'GET' ? undefined : 'a,b\r\n') : JSON.stringify(body),
    })

  it.each([
    ['the store directory’s page', 'GET', '/api/stores?page=abc', { page: 'invalid' }],
    ['a store directory page of zero', 'GET', '/api/stores?page=0', { page: 'invalid' }],
    ['a district filter longer than any district', 'GET', `/api/stores?district=${LONG_DISTRICT}`, { district: 'too_long' }],
    ['a station code with a space in it', 'GET', '/api/stores/44%20010001', { code: 'invalid' }],
    ['the console’s active filter', 'GET', '/api/admin/stores?active=maybe', { active: 'invalid' }],
    ['the silent-poster window', 'GET', '/api/admin/stores/silent?days=0', { days: 'invalid' }],
    ['a store’s scan window', 'GET', `/api/admin/stores/${DEMO_STORE}/scans?days=a%20year`, { days: 'invalid' }],
    ['an import’s apply flag', 'POST', '/api/admin/stores/import?apply=yes', { apply: 'invalid' }],
    ['a QR code’s station code', 'GET', '/api/admin/stores/x/qr.svg', { code: 'invalid' }],
    ['a poster size', 'GET', '/api/admin/posters?size=a5', { size: 'invalid' }],
    ['a poster district', 'GET', `/api/admin/posters?district=${LONG_DISTRICT}`, { district: 'too_long' }],
    ['a poster’s station code', 'GET', '/api/admin/posters?code=%3Cb%3E', { code: 'invalid' }],
    ['a fleet district', 'GET', `/api/admin/devices?district=${LONG_DISTRICT}`, { district: 'too_long' }],
    ['a tablet id', 'POST', '/api/admin/devices/first/revoke', { id: 'invalid' }, {}],
    ['a notice id', 'POST', '/api/admin/notices/1e3/versions', { id: 'invalid' }, { title: '通知', body: '内容', scope: 'all', effectiveDate: '2026-12-01' }],
    ['a statistics store', 'GET', '/api/admin/stats/stores/x', { code: 'invalid' }],
    ['a statistics district', 'GET', `/api/admin/stats/stores?district=${LONG_DISTRICT}`, { district: 'too_long' }],
    ['a case id', 'GET', '/api/admin/feedback/not-a-case', { id: 'invalid' }],
    ['a category id', 'PATCH', '/api/admin/categories/No%20Such', { id: 'invalid' }, { slaDays: 2 }],
    ['a username', 'PATCH', '/api/admin/users/a', { username: 'invalid' }, { disabled: true }],
    ['a calendar year', 'PUT', '/api/admin/calendar/99999', { year: 'invalid' }, { holidays: [], workdays: [] }],
    ['a pairing code’s store', 'POST', '/api/admin/stores/x/pairing-codes', { code: 'invalid' }, {}],
  ])('refuses %s with 400 and the field', async (_what, method, path, fields, body?: unknown) => {
    const res = await send(method, path, body)
    expect(res.status).toBe(400)
    expect(await res.json()).toEqual({ error: { code: 'validation_failed', message: expect.any(String), fields } })
  })

  it('still answers 404 for well-formed values that name nothing', async () => {
    for (const [method, path, body] of [
      ['GET', '/api/stores/99999999'],
      ['GET', '/api/admin/stats/stores/99999999'],
      ['POST', '/api/admin/devices/999/revoke', {}],
      ['POST', '/api/admin/notices/9999/versions', { title: '通知', body: '内容', scope: 'all', effectiveDate: '2026-12-01' }],
      ['GET', '/api/admin/feedback/6f1c2b4e-0d3a-4c8e-9b7a-2e5d8f0a1c3b'],
    ] as const) {
      expect((await send(method, path, body)).status, path).toBe(404)
    }
  })

  it('drops a garbled poster version instead of refusing the buyer the store page', async () => {
    const res = await t.app.request(`/api/stores/${DEMO_STORE}?v=NOT*A*VERSION`)
    expect(res.status).toBe(200)
    expect((await res.json()).code).toBe(DEMO_STORE)
  })
})
