// The running server writes one JSON line per answer, carrying the request
// id the client sent (or one it made up, echoed in X-Request-Id), the route
// pattern and the status, and never the path itself (it may hold a receipt).
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startServer, type RunningServer } from '../helpers/server.ts'

describe('the server’s logs', () => {
  let server: RunningServer
  beforeAll(async () => (server = await startServer({ LOG_LEVEL: 'info' })))
  afterAll(async () => expect(await server?.stop()).toBe(0))

  const lines = () =>
    server
      .output()
      .split('\n')
      .filter((l) => l.startsWith('{'))
      .map((l) => JSON.parse(l) as Record<string, unknown>)

  it('logs each answer as JSON with its request id, route pattern and status', async () => {
    const res = await fetch(`${server.url}/api/track/ABCDEFGHJKMNP`, { headers: { 'x-request-id': 'probe-7f3a' } })
    expect(res.headers.get('x-request-id')).toBe('probe-7f3a')
    await fetch(`${server.url}/api/stores/44010001`)
    await new Promise((r) => setTimeout(r, 200))
    const probe = lines().find((l) => l.reqId === 'probe-7f3a')
    expect(probe).toMatchObject({ level: 30, msg: 'request', method: 'GET', route: '/api/track/:receipt', service: 'storevoice' })
    expect(probe!.status).toEqual(expect.any(Number))
    expect(JSON.stringify(lines())).not.toContain('ABCDEFGHJKMNP')
    const store = lines().find((l) => l.route === '/api/stores/:code')
    expect(store).toMatchObject({ status: 200, reqId: expect.stringMatching(/\S{8,}/) })
  })
})
