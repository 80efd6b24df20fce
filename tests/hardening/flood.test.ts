// The rate limits on the running server, over real TCP connections from
// different loopback addresses (Linux routes all of 127/8 to the host):
// one address flooding is refused with 429, a buyer at another address is
// still served.
import { request } from 'node:http'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startServer, type RunningServer } from '../helpers/server.ts'
import { feedbackBody } from '../helpers/test-app.ts'

function submit(server: RunningServer, from: string): Promise<{ status: number; retryAfter: string | undefined; body: string }> {
  const url = new URL(`${server.url}/api/feedback`)
  const body = JSON.stringify(feedbackBody({ createdAt: new Date().toISOString() }))
  return new Promise((resolve, reject) => {
    const req = request(
      { host: url.hostname, port: url.port, path: url.pathname, method: 'POST', localAddress: from, agent: false, headers: { 'content-type': 'application/json' } },
      (res) => {
        let text = ''
        res.on('data', (d: Buffer) => (text += d.toString()))
        res.on('end', () => resolve({ status: res.statusCode ?? 0, retryAfter: res.headers['retry-after'], body: text }))
      },
    )
    req.on('error', reject)
    req.end(body)
  })
}

describe('a flood against the running server', () => {
  let server: RunningServer
  beforeAll(async () => (server = await startServer({ RATE_LIMIT_FEEDBACK_PER_ADDRESS: '5' })))
  afterAll(() => server.stop())

  it('refuses the flooding address with 429 and keeps serving a buyer elsewhere', async () => {
    const flood = await Promise.all(Array.from({ length: 30 }, () => submit(server, '127.0.0.1')))
    expect(flood.filter((r) => r.status === 201)).toHaveLength(5)
    const refused = flood.filter((r) => r.status === 429)
    expect(refused).toHaveLength(25)
    expect(Number(refused[0]!.retryAfter)).toBeGreaterThan(0)
    expect(JSON.parse(refused[0]!.body).error.code).toBe('rate_limited')

    const buyer = await submit(server, '127.0.0.2')
    expect(buyer.status).toBe(201)
  })
})
