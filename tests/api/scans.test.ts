import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { SilentStore } from '../../shared/api-types.ts'
import { fromAddress, loginHeaders, makeTestApp, type TestApp } from '../helpers/test-app.ts'
import { columnNames } from '../helpers/test-database.ts'

const DAY = 86_400_000

describe('poster scans and the silent-poster list', () => {
  let t: TestApp
  beforeEach(async () => (t = await makeTestApp()))
  afterEach(() => t.close())

  const scan = (code: string, v?: string) => t.app.request(`/api/stores/${code}${v === undefined ? '' : `?v=${v}`}`)
  const silent = async (days = 30) => {
    // A fresh login each time: the clock moves by weeks, past the session's idle limit.
    const c = await loginHeaders(t.app)
    const res = await t.app.request(`/api/admin/stores/silent?days=${days}`, { headers: c })
    return ((await res.json()) as { items: SilentStore[] }).items
  }
  const posterVersion = async (code: string) => {
    const html = await (await t.app.request(`/api/admin/posters?code=${code}`, { headers: await loginHeaders(t.app) })).text()
    return /data-version="([^"]+)"/.exec(html)![1]!
  }

  it('counts a scan per store, poster version and day, and stores nothing about the scanner', async () => {
    const v = await posterVersion('44010001')
    await scan('44010001', v)
    await t.app.request(`/api/stores/44010001?v=${v}`, {}, fromAddress('198.51.100.77'))
    await scan('44010001', 'k')
    await scan('44010001') // a direct visit, not a scan
    await scan('44010001', 'bad version!') // ignored, the page still answers
    t.clock.advance(DAY)
    expect((await scan('44010001', v)).status).toBe(200)
    const res = await t.app.request('/api/admin/stores/44010001/scans?days=30', { headers: await loginHeaders(t.app) })
    expect((await res.json()).items).toEqual([
      { posterVersion: v, day: '2026-12-01', n: 1 },
      { posterVersion: v, day: '2026-11-30', n: 2 },
      { posterVersion: 'k', day: '2026-11-30', n: 1 },
    ])
    expect(await columnNames(t.db, 'store_scans')).toEqual(['store_code', 'poster_version', 'day', 'n'])
  })

  it('answers the store page even when the counter cannot be written', async () => {
    await t.db.exec('DROP TABLE store_scans')
    const res = await scan('44010001', 'abc123')
    expect(res.status).toBe(200)
    expect((await res.json()).code).toBe('44010001')
  })

  it('lists active stores whose poster has not been scanned for 30 days, giving new posters time', async () => {
    // Just set up: nothing is silent yet.
    expect(await silent()).toEqual([])

    const v1 = await posterVersion('44010001')
    await posterVersion('44010002')
    t.clock.advance(10 * DAY)
    await scan('44010001', v1)
    t.clock.advance(25 * DAY)
    // 35 days after setup: 44010001 was scanned 25 days ago, 44010002 never
    // since its poster was printed; the other 68 never had a poster.
    let list = await silent()
    expect(list.map((s) => s.code)).not.toContain('44010001')
    expect(list.find((s) => s.code === '44010002')).toMatchObject({ lastScanDay: null, posterIssuedAt: '2026-11-30T02:00:00.000Z' })
    expect(list.find((s) => s.code === '44020001')).toMatchObject({ posterVersion: null, lastScanDay: null })
    expect(list).toHaveLength(69)

    // Kiosk scans do not keep a poster alive; a reissued poster gets a fresh 30 days.
    t.clock.advance(10 * DAY)
    await scan('44010001', 'k')
    list = await silent()
    expect(list.find((s) => s.code === '44010001')).toMatchObject({ lastScanDay: '2026-12-10' })
    const patch = await t.app.request('/api/admin/stores/44010002', {
      method: 'PATCH',
      headers: { ...(await loginHeaders(t.app)), 'content-type': 'application/json' },
      body: JSON.stringify({ name: '东城解放福星体彩站（新址）' }),
    })
    expect(patch.status).toBe(200)
    await posterVersion('44010002')
    expect((await silent()).map((s) => s.code)).not.toContain('44010002')
    expect((await silent(7)).map((s) => s.code)).not.toContain('44010002')
  })

  it('leaves out deactivated stores and keeps supervisors to their districts', async () => {
    t.clock.advance(40 * DAY)
    const c = await loginHeaders(t.app)
    await t.app.request('/api/admin/stores/44010003', {
      method: 'PATCH',
      headers: { ...c, 'content-type': 'application/json' },
      body: JSON.stringify({ active: false }),
    })
    expect((await silent()).map((s) => s.code)).not.toContain('44010003')
    const { hashPassword } = await import('../../server/auth/password.ts')
    const { createUser } = await import('../../server/db/queries/users.ts')
    await createUser(t.db, { username: 'sup', passwordHash: await hashPassword('pass-for-tests'), role: 'supervisor', districts: ['西城区'] }, t.clock.now().toISOString())
    const sup = await loginHeaders(t.app, 'sup', 'pass-for-tests')
    const items = ((await (await t.app.request('/api/admin/stores/silent', { headers: sup })).json()) as { items: SilentStore[] }).items
    expect(items).toHaveLength(7)
    expect(items.every((s) => s.district === '西城区')).toBe(true)
  })

  it('counts one scan per address, store, poster version and day, and only a version the store was issued', async () => {
    const v = await posterVersion('44010001')
    for (let i = 0; i < 50; i++) await scan('44010001', v)
    await scan('44010001', 'madeup1')
    await scan('44010002', v)
    const rows = await t.db.all<{ n: number }>('SELECT n FROM store_scans')
    expect(rows).toEqual([]) // kept in memory until a batch is written
    const res = await t.app.request('/api/admin/stores/44010001/scans?days=30', { headers: await loginHeaders(t.app) })
    expect((await res.json()).items).toEqual([{ posterVersion: v, day: '2026-11-30', n: 1 }])
    expect(await t.db.all('SELECT store_code FROM store_scans')).toEqual([{ store_code: '44010001' }])
  })
})
