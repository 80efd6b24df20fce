// The tablet fleet from the console: pairing codes made by staff, the fleet
// list with its offline and stale-notice flags, renaming and revoking a
// tablet, each within the user's districts and each written to the audit log.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { AuditEntry, FleetDevice, NoticeDocument, PairingCodeCreated, Page, PublicStore } from '../../shared/api-types.ts'
import { DEMO_STORE, feedbackBody, loginSession, makeTestApp, postJson, sendJson, staffSession, type StaffSession, type TestApp } from '../helpers/test-app.ts'

const OTHER_DISTRICT_STORE = '44020001' // 西城区; DEMO_STORE is in 东城区

describe('the tablet fleet', () => {
  let t: TestApp
  let admin: StaffSession
  beforeEach(async () => {
    t = await makeTestApp({ env: { PUBLIC_URL: 'https://fankui.example.cn' } })
    admin = await loginSession(t.app)
  })
  afterEach(() => t.close())

  const newCode = async (store = DEMO_STORE, session = admin) => {
    const res = await postJson(t.app, `/api/admin/stores/${store}/pairing-codes`, {}, session.headers)
    expect(res.status).toBe(201)
    return (await res.json()) as PairingCodeCreated
  }
  const pairWith = (code: string) => postJson(t.app, '/api/kiosk/pair', { code })
  const pairTablet = async (store = DEMO_STORE) => {
    const res = await pairWith((await newCode(store)).code)
    expect(res.status).toBe(201)
    return ((await res.json()) as { token: string }).token
  }
  const heartbeat = (token: string, noticeVersion: string) =>
    postJson(t.app, '/api/kiosk/heartbeat', { noticeVersion, outboxLength: 3, appVersion: '1.2.0' }, { 'x-device-token': token })
  const devices = async (query = '', session = admin) => {
    const res = await t.app.request(`/api/admin/devices${query}`, { headers: session.headers })
    expect(res.status).toBe(200)
    return (await res.json()) as FleetDevice[]
  }
  const currentNoticeVersion = async (store = DEMO_STORE) => ((await (await t.app.request(`/api/stores/${store}`)).json()) as PublicStore).noticeVersion
  const audit = async (action: string) =>
    ((await (await t.app.request(`/api/admin/audit?action=${action}`, { headers: admin.headers })).json()) as Page<AuditEntry>).items

  it('makes a one-time pairing code with a link the tablet opens, valid for 15 minutes', async () => {
    const created = await newCode()
    expect(created.code).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}$/)
    expect(created.pairUrl).toBe(`https://fankui.example.cn/kiosk?pair=${created.code}`)
    expect(created.expiresAt).toBe(new Date(t.clock.now().getTime() + 15 * 60_000).toISOString())

    t.clock.advance(15 * 60_000)
    const expired = await pairWith(created.code)
    expect(expired.status).toBe(410)
    expect((await expired.json()).error.code).toBe('pairing_code_expired')

    const fresh = await newCode()
    t.clock.advance(15 * 60_000 - 1)
    expect((await pairWith(fresh.code)).status).toBe(201)
    const again = await pairWith(fresh.code)
    expect(again.status).toBe(410)
    expect((await again.json()).error.code).toBe('pairing_code_used')
    expect(await devices()).toHaveLength(1)
  })

  it('refuses a pairing code for an unknown or no longer licensed store', async () => {
    const unknown = await postJson(t.app, '/api/admin/stores/99999999/pairing-codes', {}, admin.headers)
    expect(unknown.status).toBe(404)
    await sendJson(t.app, 'PATCH', `/api/admin/stores/${DEMO_STORE}`, { active: false }, admin.headers)
    const inactive = await postJson(t.app, `/api/admin/stores/${DEMO_STORE}/pairing-codes`, {}, admin.headers)
    expect(inactive.status).toBe(409)
    expect((await inactive.json()).error.code).toBe('store_inactive')
    expect(await t.db.all('SELECT code_hash FROM pairing_codes')).toEqual([])
  })

  it('lists a paired tablet with its store and what its heartbeat reported', async () => {
    const token = await pairTablet()
    const [fresh] = await devices()
    expect(fresh).toMatchObject({ storeCode: DEMO_STORE, district: '东城区', name: '', lastHeartbeatAt: null, offline: false, staleNotices: false })
    expect(fresh!.storeName).toContain('体彩')

    const current = await currentNoticeVersion()
    t.clock.advance(60_000)
    expect((await heartbeat(token, current)).status).toBe(200)
    const [row] = await devices()
    expect(row).toMatchObject({
      lastHeartbeatAt: t.clock.now().toISOString(),
      appVersion: '1.2.0',
      noticeVersion: current,
      currentNoticeVersion: current,
      outboxLength: 3,
      revokedAt: null,
      offline: false,
      staleNotices: false,
    })
  })

  it('flags a tablet offline after more than a day without a heartbeat', async () => {
    const token = await pairTablet()
    await heartbeat(token, await currentNoticeVersion())
    t.clock.advance(24 * 3_600_000)
    admin = await loginSession(t.app) // the earlier session has timed out meanwhile
    expect((await devices())[0]!.offline).toBe(false)
    expect(await devices('?flag=offline')).toEqual([])
    t.clock.advance(60_000)
    expect((await devices())[0]!.offline).toBe(true)
    expect((await devices('?flag=offline')).map((d) => d.storeCode)).toEqual([DEMO_STORE])
    // It comes back: the flag goes.
    await heartbeat(token, await currentNoticeVersion())
    expect(await devices('?flag=offline')).toEqual([])
  })

  it('flags stale notices once a new notice version is published, until the tablet reports it', async () => {
    const token = await pairTablet()
    const before = await currentNoticeVersion()
    await heartbeat(token, before)
    expect(await devices('?flag=stale')).toEqual([])

    const [compliance] = (await (await t.app.request('/api/admin/notices', { headers: admin.headers })).json()) as NoticeDocument[]
    const published = await postJson(
      t.app,
      `/api/admin/notices/${compliance!.id}/versions`,
      { title: '销售人员合规要求（修订）', body: '修订后的要求。', scope: 'all', effectiveDate: '2026-11-30' },
      admin.headers,
    )
    expect(published.status).toBe(201)
    const after = await currentNoticeVersion()
    expect(after).not.toBe(before)

    const [stale] = await devices('?flag=stale')
    expect(stale).toMatchObject({ noticeVersion: before, currentNoticeVersion: after, staleNotices: true })
    await heartbeat(token, after)
    expect(await devices('?flag=stale')).toEqual([])
  })

  it('renames a tablet; a bad name changes nothing', async () => {
    await pairTablet()
    const [device] = await devices()
    const res = await sendJson(t.app, 'PATCH', `/api/admin/devices/${device!.id}`, { name: '  柜台左侧  ' }, admin.headers)
    expect(res.status).toBe(200)
    expect(await res.json()).toMatchObject({ id: device!.id, name: '柜台左侧' })
    const tooLong = await sendJson(t.app, 'PATCH', `/api/admin/devices/${device!.id}`, { name: 'x'.repeat(41) }, admin.headers)
    expect(tooLong.status).toBe(400)
    expect((await tooLong.json()).error.fields).toEqual({ name: 'too_long' })
    const extra = await sendJson(t.app, 'PATCH', `/api/admin/devices/${device!.id}`, { name: 'a', storeCode: OTHER_DISTRICT_STORE }, admin.headers)
    expect(extra.status).toBe(400)
    expect((await sendJson(t.app, 'PATCH', '/api/admin/devices/999', { name: 'a' }, admin.headers)).status).toBe(404)
    expect((await devices())[0]).toMatchObject({ name: '柜台左侧', storeCode: DEMO_STORE })
  })

  it('a revoked tablet can no longer heartbeat or submit, and says so; it stays on the list, unflagged', async () => {
    const token = await pairTablet()
    const current = await currentNoticeVersion()
    await heartbeat(token, current)
    expect((await postJson(t.app, '/api/feedback', feedbackBody({ channel: 'kiosk' }), { 'x-device-token': token })).status).toBe(201)
    const [device] = await devices()

    const res = await postJson(t.app, `/api/admin/devices/${device!.id}/revoke`, {}, admin.headers)
    expect(res.status).toBe(200)
    expect(await res.json()).toMatchObject({ id: device!.id, revokedAt: t.clock.now().toISOString() })

    const beat = await heartbeat(token, current)
    expect(beat.status).toBe(403)
    expect((await beat.json()).error.code).toBe('device_revoked')
    const body = feedbackBody({ channel: 'kiosk' })
    const submission = await postJson(t.app, '/api/feedback', body, { 'x-device-token': token })
    expect(submission.status).toBe(403)
    expect((await submission.json()).error.code).toBe('device_revoked')
    expect(await t.db.get('SELECT id FROM feedback WHERE id = ?', [body.id])).toBeUndefined()

    t.clock.advance(3 * 24 * 3_600_000)
    admin = await loginSession(t.app)
    const [revoked] = await devices()
    expect(revoked).toMatchObject({ id: device!.id, offline: false, staleNotices: false })
    expect(revoked!.revokedAt).not.toBeNull()
    // Revoking again changes nothing and writes no second audit entry.
    expect((await postJson(t.app, `/api/admin/devices/${device!.id}/revoke`, {}, admin.headers)).status).toBe(200)
    expect(await audit('device_revoked')).toHaveLength(1)
  })

  it('writes every fleet change to the audit log with who did it', async () => {
    await pairTablet()
    const [device] = await devices()
    await sendJson(t.app, 'PATCH', `/api/admin/devices/${device!.id}`, { name: '收银台' }, admin.headers)
    await postJson(t.app, `/api/admin/devices/${device!.id}/revoke`, {}, admin.headers)

    expect(await audit('pairing_code_created')).toEqual([expect.objectContaining({ actor: 'admin', target: DEMO_STORE })])
    expect(await audit('device_renamed')).toEqual([
      expect.objectContaining({ actor: 'admin', target: String(device!.id), detail: { storeCode: DEMO_STORE, from: '', to: '收银台' } }),
    ])
    expect(await audit('device_revoked')).toEqual([
      expect.objectContaining({ actor: 'admin', target: String(device!.id), detail: { storeCode: DEMO_STORE, name: '收银台' } }),
    ])
    // The code itself never reaches the log.
    const { code } = await newCode()
    expect(JSON.stringify(await audit('pairing_code_created'))).not.toContain(code)
  })

  it('keeps a supervisor to the tablets of their own districts', async () => {
    await pairTablet(DEMO_STORE)
    await pairTablet(OTHER_DISTRICT_STORE)
    const east = await staffSession(t, 'sup-east', 'supervisor', { districts: ['东城区'] })
    const west = await staffSession(t, 'sup-west', 'supervisor', { districts: ['西城区'] })

    expect((await devices('', east)).map((d) => d.storeCode)).toEqual([DEMO_STORE])
    expect(await devices(`?store=${DEMO_STORE}`, west)).toEqual([])
    expect(await devices('?district=东城区', west)).toEqual([])

    const [eastDevice] = await devices(`?store=${DEMO_STORE}`)
    for (const res of [
      await postJson(t.app, `/api/admin/stores/${DEMO_STORE}/pairing-codes`, {}, west.headers),
      await sendJson(t.app, 'PATCH', `/api/admin/devices/${eastDevice!.id}`, { name: '西城改名' }, west.headers),
      await postJson(t.app, `/api/admin/devices/${eastDevice!.id}/revoke`, {}, west.headers),
    ]) {
      expect(res.status).toBe(403)
      expect((await res.json()).error.code).toBe('forbidden')
    }
    expect((await devices(`?store=${DEMO_STORE}`))[0]).toMatchObject({ name: '', revokedAt: null })

    // Their own district's tablets they may pair, rename and revoke.
    expect((await newCode(DEMO_STORE, east)).code).toBeTruthy()
    const renamed = await sendJson(t.app, 'PATCH', `/api/admin/devices/${eastDevice!.id}`, { name: '东城' }, east.headers)
    expect(renamed.status).toBe(200)
    expect((await postJson(t.app, `/api/admin/devices/${eastDevice!.id}/revoke`, {}, east.headers)).status).toBe(200)
  })

  it('refuses an unknown flag in the one error shape', async () => {
    const res = await t.app.request('/api/admin/devices?flag=broken', { headers: admin.headers })
    expect(res.status).toBe(400)
    expect((await res.json()).error.fields).toEqual({ flag: 'invalid' })
  })
})
