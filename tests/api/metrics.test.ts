// /metrics is for the monitoring system alone: its address (METRICS_ALLOW)
// or its token (METRICS_TOKEN); to anyone else it does not exist.
import { afterEach, describe, expect, it } from 'vitest'
import { fromAddress, makeTestApp, submitCase, type TestApp } from '../helpers/test-app.ts'

const TOKEN = 'scrape-token-0123456789'

describe('the metrics endpoint', () => {
  let t: TestApp
  afterEach(() => t.close())

  const scrape = (headers: Record<string, string> = {}, from = '192.0.2.10') => t.app.request('/metrics', { headers }, fromAddress(from))

  it('answers 404, like an unknown path, when nothing allows the caller', async () => {
    t = await makeTestApp()
    const res = await scrape({ authorization: `Bearer ${TOKEN}` })
    expect(res.status).toBe(404)
    expect((await res.json()).error.code).toBe('not_found')
  })

  it('counts requests by route pattern and submissions, for the right token or an allowed address only', async () => {
    t = await makeTestApp({ env: { METRICS_TOKEN: TOKEN, METRICS_ALLOW: '10.1.2.3' } })
    await submitCase(t)
    expect((await t.app.request('/api/stores/44010002')).status).toBe(200)
    expect((await scrape({ authorization: 'Bearer wrong-token-0123456789' })).status).toBe(404)
    expect((await scrape()).status).toBe(404)

    const res = await scrape({ authorization: `Bearer ${TOKEN}` })
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toContain('text/plain')
    const text = await res.text()
    expect(text).toMatch(/storevoice_http_requests_total\{method="GET",route="\/api\/stores\/:code",status="200"\} 1/)
    expect(text).not.toContain('44010002')
    expect(text).toMatch(/storevoice_submissions_total\{outcome="stored"\} 1/)
    expect(text).toContain('storevoice_http_request_duration_seconds_bucket')

    expect((await scrape({}, '10.1.2.3')).status).toBe(200)
  })

  it('refuses to start with a malformed address list or a short token, naming the variable', async () => {
    await expect(makeTestApp({ env: { METRICS_ALLOW: 'not-an-address' } })).rejects.toThrow(/METRICS_ALLOW/)
    await expect(makeTestApp({ env: { METRICS_TOKEN: 'short' } })).rejects.toThrow(/METRICS_TOKEN/)
    t = await makeTestApp()
  })
})
