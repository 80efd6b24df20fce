// A grave report reaches the configured webhook without anyone opening the
// console (issue 11): the real server process, its background worker, and a
// local HTTP receiver. The worker empties the outbox every second; how fast
// is not asserted here (no timed assertions), only that it arrives, once,
// signed and without personal data.
import { createHmac } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { newFeedbackId } from '../../shared/receipt.ts'
import { startReceiver, type Receiver } from '../helpers/receiver.ts'
import { staffHeaders, startServer, type RunningServer } from '../helpers/server.ts'

const PASSWORD = 'e2e-admin-password'

describe('a grave report alerts the duty group', () => {
  let server: RunningServer
  let receiver: Receiver

  beforeAll(async () => {
    ;[server, receiver] = await Promise.all([
      startServer({ ADMIN_PASSWORD: PASSWORD, MIN_FILL_MS: '0', NOTIFY_ALLOW_PRIVATE_TARGETS: '1' }),
      startReceiver(),
    ])
  })
  afterAll(async () => {
    await receiver?.close()
    expect(await server?.stop()).toBe(0)
  })

  it('arrives at the webhook once, signed, with the case facts and nothing personal', async () => {
    const staff = { ...(await staffHeaders(server, PASSWORD)), 'content-type': 'application/json' }
    const channel = await fetch(`${server.url}/api/admin/notification-channels`, {
      method: 'POST',
      headers: staff,
      body: JSON.stringify({ type: 'webhook', target: `${receiver.url}/duty`, events: ['case.grave'], secret: 'duty-secret' }),
    })
    expect(channel.status).toBe(201)

    const id = newFeedbackId()
    const sent = await fetch(`${server.url}/api/feedback`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        id,
        storeCode: '44010001',
        kind: 'report',
        category: 'sale_to_minors',
        message: '店主向穿校服的学生出售即开票。',
        contact: { phone: '13700002222' },
        channel: 'qr',
        createdAt: new Date().toISOString(),
      }),
    })
    const { receipt } = (await sent.json()) as { receipt: string }

    await expect.poll(() => receiver.received.length, { timeout: 20_000, interval: 200 }).toBe(1)
    const [hit] = receiver.received
    expect(hit!.headers['x-storevoice-signature']).toBe(`sha256=${createHmac('sha256', 'duty-secret').update(hit!.body).digest('hex')}`)
    expect(JSON.parse(hit!.body)).toMatchObject({ event: 'case.grave', case: { id, category: 'sale_to_minors', storeCode: '44010001' } })
    for (const secret of ['13700002222', receipt, '穿校服']) expect(hit!.body).not.toContain(secret)
  })
})
