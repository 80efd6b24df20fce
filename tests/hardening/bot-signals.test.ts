// The honeypot and the minimum fill time: a bot is answered exactly like a
// person, but what it sent never becomes a case or a count.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { QUARANTINE_DAYS } from '../../server/db/queries/quarantine.ts'
import { readConfig } from '../../server/config.ts'
import { receiptFromId } from '../../shared/receipt.ts'
import { createPairingCode, pairDevice } from '../../server/devices/pairing.ts'
import { sweepQuarantine } from '../../server/quarantine/sweep.ts'
import { DEVICE_TOKEN_HEADER } from '../../shared/device-token.ts'
import { DEMO_STORE, feedbackBody, makeTestApp, postJson, type TestApp } from '../helpers/test-app.ts'

// The default minimum fill time (MIN_FILL_MS unset).
const MIN_FILL_MS = readConfig({}).minFillMs

const counts = async (t: TestApp) => ({
  cases: (await t.db.get<{ n: number }>('SELECT COUNT(*) AS n FROM feedback'))!.n,
  counted: (await t.db.get<{ n: number }>('SELECT COALESCE(SUM(total), 0) AS n FROM store_summary'))!.n,
  quarantined: (await t.db.get<{ n: number }>('SELECT COUNT(*) AS n FROM feedback_quarantine'))!.n,
})

describe('honeypot and minimum fill time', () => {
  let t: TestApp
  beforeEach(async () => (t = await makeTestApp()))
  afterEach(() => t.close())

  for (const [what, extra] of [
    ['the hidden honeypot field filled in', { hp: 'http://spam.example' }],
    ['a web form sent just under the minimum fill time', { fillMs: MIN_FILL_MS - 1, channel: 'web' }],
    ['a QR-page form sent at once', { fillMs: 0 }],
  ] as const) {
    it(`answers ${what} like a success, but keeps it out of the cases and counts`, async () => {
      const body = feedbackBody(extra)
      const res = await postJson(t.app, '/api/feedback', body)
      expect(res.status).toBe(201)
      const answer = await res.json()
      expect(answer).toMatchObject({ id: body.id, status: 'new' })
      expect(answer.receipt).not.toBe(receiptFromId(body.id))
      expect(await counts(t)).toEqual({ cases: 0, counted: 0, quarantined: 1 })
      const kept = await t.db.get<{ payload: string }>('SELECT payload FROM feedback_quarantine WHERE id = ?', [body.id])
      expect(JSON.parse(kept!.payload)).not.toHaveProperty('hp')
      // The sender is told it was received and is under review (issue 13), never that it does not exist.
      const tracked = await t.app.request(`/api/track/${answer.receipt}`)
      expect(tracked.status).toBe(200)
      expect(((await tracked.json()) as { status: string }).status).toBe('under_review')
    })
  }

  it('quarantines a retried bot submission once', async () => {
    const body = feedbackBody({ hp: 'x' })
    const first = await postJson(t.app, '/api/feedback', body)
    const again = await postJson(t.app, '/api/feedback', body)
    // As a stored submission's retry is answered: 200, the receipt it was held under (which tracking knows).
    expect([first.status, again.status]).toEqual([201, 200])
    expect(await again.json()).toEqual(await first.json())
    // And other content under its id is refused as a stored one's would be.
    const reused = await postJson(t.app, '/api/feedback', { ...body, message: '换了内容的另一条反映。' })
    expect(reused.status).toBe(409)
    expect((await reused.json()).error.code).toBe('id_reused')
    expect(await counts(t)).toEqual({ cases: 0, counted: 0, quarantined: 1 })
  })

  it('stores a form filled at a human pace, and a fast kiosk (exempt from the time rule)', async () => {
    expect((await postJson(t.app, '/api/feedback', feedbackBody({ fillMs: MIN_FILL_MS, hp: '' }))).status).toBe(201)
    const { code } = await createPairingCode(t.db, DEMO_STORE, t.clock.now())
    const { token } = await pairDevice(t.db, code, t.clock.now())
    const kiosk = feedbackBody({ fillMs: 800, channel: 'kiosk', storeCode: DEMO_STORE })
    expect((await postJson(t.app, '/api/feedback', kiosk, { [DEVICE_TOKEN_HEADER]: token })).status).toBe(201)
    expect(await counts(t)).toEqual({ cases: 2, counted: 2, quarantined: 0 })
  })

  it('still refuses invalid input from a bot with a 4xx', async () => {
    const res = await postJson(t.app, '/api/feedback', feedbackBody({ hp: 'x', category: 'nope' }))
    expect(res.status).toBe(400)
    expect(await counts(t)).toEqual({ cases: 0, counted: 0, quarantined: 0 })
  })

  it(`forgets quarantined submissions after ${QUARANTINE_DAYS} days, by the sweep`, async () => {
    await postJson(t.app, '/api/feedback', feedbackBody({ hp: 'x' }))
    t.clock.advance((QUARANTINE_DAYS + 1) * 86_400_000)
    await postJson(t.app, '/api/feedback', feedbackBody({ hp: 'y', createdAt: t.clock.now().toISOString() }))
    expect((await counts(t)).quarantined).toBe(2)
    await sweepQuarantine(t.db, t.clock)
    expect((await counts(t)).quarantined).toBe(1)
  })
})
