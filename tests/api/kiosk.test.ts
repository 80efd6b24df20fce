import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { revokeDevice } from '../../server/db/queries/devices.ts'
import { createPairingCode, hashSecret } from '../../server/devices/pairing.ts'
import { formatPairingCode } from '../../shared/pairing-code.ts'
import { DEMO_STORE, feedbackBody, makeTestApp, postJson, type TestApp } from '../helpers/test-app.ts'

const beat = { noticeVersion: '1:1,2:1', outboxLength: 2, appVersion: '0.1.0' }

describe('pairing a store tablet', () => {
  let t: TestApp
  beforeEach(async () => (t = await makeTestApp()))
  afterEach(() => t.close())

  const pair = async () => {
    const { code } = await createPairingCode(t.db, DEMO_STORE, t.clock.now())
    const res = await postJson(t.app, '/api/kiosk/pair', { code })
    expect(res.status).toBe(201)
    return (await res.json()) as { token: string; store: { code: string; name: string } }
  }
  const deviceId = async (token: string) =>
    (await t.db.get<{ id: number }>('SELECT id FROM devices WHERE token_hash = ?', [hashSecret(token)]))!.id

  it('trades a one-time code, typed as a person would, for a device token bound to the store', async () => {
    const { code } = await createPairingCode(t.db, DEMO_STORE, t.clock.now())
    const res = await postJson(t.app, '/api/kiosk/pair', { code: formatPairingCode(code).toLowerCase() })
    expect(res.status).toBe(201)
    const body = await res.json()
    expect(body.store).toEqual({ code: DEMO_STORE, name: expect.stringContaining('体彩') })
    expect(body.token).toMatch(/^[\w-]{40,}$/)
    const again = await postJson(t.app, '/api/kiosk/pair', { code })
    expect(again.status).toBe(410)
    expect((await again.json()).error.code).toBe('pairing_code_used')
    // Only hashes are stored.
    const rows = JSON.stringify(await t.db.all('SELECT * FROM devices, pairing_codes'))
    expect(rows).not.toContain(body.token)
    expect(rows).not.toContain(code)
  })

  it('refuses an unknown or expired code and pairs nothing', async () => {
    const unknown = await postJson(t.app, '/api/kiosk/pair', { code: 'ABCD-EFGH' })
    expect(unknown.status).toBe(400)
    expect((await unknown.json()).error.code).toBe('pairing_code_invalid')
    const { code } = await createPairingCode(t.db, DEMO_STORE, t.clock.now())
    t.clock.advance(15 * 60_000 + 1)
    const expired = await postJson(t.app, '/api/kiosk/pair', { code })
    expect(expired.status).toBe(410)
    expect((await expired.json()).error.code).toBe('pairing_code_expired')
    const bad = await postJson(t.app, '/api/kiosk/pair', { code: 'x' })
    expect(bad.status).toBe(400)
    expect((await bad.json()).error.fields).toEqual({ code: 'invalid' })
    expect(await t.db.all('SELECT id FROM devices')).toEqual([])
  })

  it('records the heartbeat of a paired tablet', async () => {
    const { token } = await pair()
    const res = await postJson(t.app, '/api/kiosk/heartbeat', beat, { 'x-device-token': token })
    expect(res.status).toBe(200)
    expect(await res.json()).toEqual({ ok: true })
    const row = await t.db.get('SELECT notice_version AS n, outbox_length AS o, app_version AS a, last_heartbeat_at AS at FROM devices')
    expect(row).toEqual({ n: '1:1,2:1', o: 2, a: '0.1.0', at: t.clock.now().toISOString() })
  })

  it('answers 403 device_revoked to an unknown or revoked tablet, 401 without a token', async () => {
    const { token } = await pair()
    expect((await postJson(t.app, '/api/kiosk/heartbeat', beat)).status).toBe(401)
    const unknown = await postJson(t.app, '/api/kiosk/heartbeat', beat, { 'x-device-token': 'nope' })
    expect(unknown.status).toBe(403)
    expect((await unknown.json()).error.code).toBe('device_revoked')
    await revokeDevice(t.db, await deviceId(token), t.clock.now().toISOString())
    const revoked = await postJson(t.app, '/api/kiosk/heartbeat', beat, { 'x-device-token': token })
    expect(revoked.status).toBe(403)
    expect((await revoked.json()).error.code).toBe('device_revoked')
  })

  it('takes kiosk submissions from a paired tablet and refuses them once it is revoked', async () => {
    const { token } = await pair()
    const ok = await postJson(t.app, '/api/feedback', feedbackBody({ channel: 'kiosk' }), { 'x-device-token': token })
    expect(ok.status).toBe(201)
    await revokeDevice(t.db, await deviceId(token), t.clock.now().toISOString())
    const body = feedbackBody({ channel: 'kiosk' })
    const refused = await postJson(t.app, '/api/feedback', body, { 'x-device-token': token })
    expect(refused.status).toBe(403)
    expect((await refused.json()).error.code).toBe('device_revoked')
    expect(await t.db.get('SELECT id FROM feedback WHERE id = ?', [body.id])).toBeUndefined()
    // Without the header it is an ordinary submission.
    expect((await postJson(t.app, '/api/feedback', feedbackBody())).status).toBe(201)
  })
})
