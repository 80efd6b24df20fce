import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { AdminStore } from '../../shared/api-types.ts'
import { STORES_PER_DISTRICT } from '../../server/seed/demo-city.ts'
import { decodePng, decodeSvg } from '../helpers/qr-decode.ts'
import { loginHeaders, makeTestApp, postJson, type TestApp } from '../helpers/test-app.ts'

const PUBLIC_URL = 'http://127.0.0.1:8080'

/** Each poster page of the batch: its store code, printed version, encoded URL and the QR's SVG. */
function pages(html: string) {
  return [...html.matchAll(/<section class="sheet" data-code="([^"]+)" data-version="([^"]+)">([\s\S]*?)<\/section>/g)].map((m) => ({
    code: m[1]!,
    version: m[2]!,
    body: m[3]!,
    svg: /<svg[\s\S]*?<\/svg>/.exec(m[3]!)![0],
  }))
}

describe('QR posters', () => {
  let t: TestApp
  let cookie: Record<string, string>
  beforeEach(async () => {
    t = await makeTestApp()
    cookie = await loginHeaders(t.app)
  })
  afterEach(() => t.close())

  const get = (path: string) => t.app.request(path, { headers: cookie })

  it('prints one A4 poster per store of a district, every QR decoding to that store\'s versioned URL', async () => {
    const res = await get(`/api/admin/posters?district=${encodeURIComponent('南湖区')}&size=a4`)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toMatch(/text\/html/)
    const html = await res.text()
    expect(html).toContain('@page{size:A4;margin:0}')
    const sheets = pages(html)
    expect(sheets.map((s) => s.code)).toEqual(Array.from({ length: STORES_PER_DISTRICT }, (_, i) => `4403000${i + 1}`))
    for (const s of sheets) {
      expect(s.version).toMatch(/^[0-9a-f]{6}$/)
      expect(decodeSvg(s.svg), s.code).toBe(`${PUBLIC_URL}/s/${s.code}?v=${s.version}`)
      // Level M or higher and a 4-module quiet zone: a version-3 symbol of 29 modules, 37 with the zone.
      expect(s.svg).toMatch(/viewBox="0 0 37 37"/)
      expect(s.svg).toContain('width="120mm"')
      expect(s.body).toContain('400-000-0000')
      expect(s.body).toContain('销售人员合规要求')
      expect(s.body).toContain(`海报版本 ${s.version}`)
    }
    expect(sheets[0]!.body).toContain('南湖')
    expect(sheets[0]!.body).toContain('张伟')
  })

  it('prints A6 counter cards for the whole city, each QR readable', async () => {
    const html = await (await get('/api/admin/posters?size=a6')).text()
    expect(html).toContain('@page{size:A6;margin:0}')
    const sheets = pages(html)
    expect(sheets).toHaveLength(70)
    for (const s of sheets) expect(decodeSvg(s.svg), s.code).toBe(`${PUBLIC_URL}/s/${s.code}?v=${s.version}`)
  })

  it('serves one store\'s QR as SVG and PNG that decode to the same URL as its poster', async () => {
    const png = await get('/api/admin/stores/44010001/qr.png')
    expect(png.headers.get('content-type')).toBe('image/png')
    const fromPng = decodePng(Buffer.from(await png.arrayBuffer()))
    const svg = await get('/api/admin/stores/44010001/qr.svg')
    expect(svg.headers.get('content-type')).toMatch(/image\/svg\+xml/)
    const fromSvg = decodeSvg(await svg.text())
    const poster = pages(await (await get('/api/admin/posters?code=44010001')).text())
    expect(poster).toHaveLength(1)
    expect(fromPng).toBe(`${PUBLIC_URL}/s/44010001?v=${poster[0]!.version}`)
    expect(fromSvg).toBe(fromPng)
  })

  it('issues a new poster version when what is printed changes, and records it on the store', async () => {
    await get('/api/admin/posters?code=44010001')
    const first = (await (await get('/api/admin/stores/44010001')).json()) as AdminStore
    expect(first.posterVersion).toMatch(/^[0-9a-f]{6}$/)
    expect(first.posterIssuedAt).toBe(t.clock.now().toISOString())

    // Printing again without a change keeps the version and its first issue date.
    t.clock.advance(60 * 60_000)
    await get('/api/admin/posters?code=44010001')
    expect(((await (await get('/api/admin/stores/44010001')).json()) as AdminStore).posterIssuedAt).toBe(first.posterIssuedAt)

    // The address is not printed: no reprint needed.
    await t.app.request('/api/admin/stores/44010001', {
      method: 'PATCH',
      headers: { ...cookie, 'content-type': 'application/json' },
      body: JSON.stringify({ address: '东城区人民路19号' }),
    })
    expect(pages(await (await get('/api/admin/posters?code=44010001')).text())[0]!.version).toBe(first.posterVersion)

    const patch = await t.app.request('/api/admin/stores/44010001', {
      method: 'PATCH',
      headers: { ...cookie, 'content-type': 'application/json' },
      body: JSON.stringify({ supervisorName: '赵磊', supervisorPhone: '13907002222' }),
    })
    expect(patch.status).toBe(200)
    const reprint = pages(await (await get('/api/admin/posters?code=44010001')).text())[0]!
    expect(reprint.version).not.toBe(first.posterVersion)
    expect(reprint.body).toContain('赵磊')
    const after = (await (await get('/api/admin/stores/44010001')).json()) as AdminStore
    expect(after).toMatchObject({ posterVersion: reprint.version, posterIssuedAt: t.clock.now().toISOString() })

    // A new compliance headline is on every poster, so every version changes.
    const [compliance] = await (await get('/api/admin/notices')).json()
    await postJson(t.app, `/api/admin/notices/${compliance.id}/versions`, { title: '销售人员须知', body: '内容。', scope: 'all', effectiveDate: '2026-11-30' }, cookie)
    const third = pages(await (await get('/api/admin/posters?code=44010001')).text())[0]!
    expect(third.version).not.toBe(reprint.version)
    expect(third.body).toContain('销售人员须知')
  })

  it('leaves out stores that are no longer licensed, and refuses unknown sizes and formats', async () => {
    await t.app.request('/api/admin/stores/44010002', {
      method: 'PATCH',
      headers: { ...cookie, 'content-type': 'application/json' },
      body: JSON.stringify({ active: false }),
    })
    const codes = pages(await (await get(`/api/admin/posters?district=${encodeURIComponent('东城区')}`)).text()).map((s) => s.code)
    expect(codes).not.toContain('44010002')
    expect(codes).toHaveLength(STORES_PER_DISTRICT - 1)
    expect((await get('/api/admin/posters?size=a3')).status).toBe(400)
    expect((await get('/api/admin/posters?format=docx')).status).toBe(400)
    expect((await get('/api/admin/stores/99999999/qr.png')).status).toBe(404)
  })

  it('keeps supervisors to their own districts', async () => {
    const { hashPassword } = await import('../../server/auth/password.ts')
    const { createUser } = await import('../../server/db/queries/users.ts')
    await createUser(t.db, { username: 'sup', passwordHash: await hashPassword('pass-for-tests'), role: 'supervisor', districts: ['东城区'] }, t.clock.now().toISOString())
    const sup = await loginHeaders(t.app, 'sup', 'pass-for-tests')
    const own = pages(await (await t.app.request('/api/admin/posters', { headers: sup })).text())
    expect(own).toHaveLength(STORES_PER_DISTRICT)
    expect(own.every((s) => s.code.startsWith('4401'))).toBe(true)
    expect((await t.app.request(`/api/admin/posters?district=${encodeURIComponent('西城区')}`, { headers: sup })).status).toBe(403)
    expect((await t.app.request('/api/admin/stores/44020001/qr.svg', { headers: sup })).status).toBe(403)
  })

  it('tells the poster page when phones could not reach the address on the posters', async () => {
    expect(await (await get('/api/admin/public-url')).json()).toEqual({ publicUrl: PUBLIC_URL, problem: 'unset' })
    for (const [env, problem] of [
      [{ PUBLIC_URL: 'http://localhost:8080' }, 'loopback'],
      [{ PUBLIC_URL: 'http://127.0.0.2' }, 'loopback'],
      [{ PUBLIC_URL: 'https://fankui.example.cn' }, null],
    ] as const) {
      const other = await makeTestApp({ env })
      try {
        const res = await other.app.request('/api/admin/public-url', { headers: await loginHeaders(other.app) })
        expect(await res.json()).toEqual({ publicUrl: env.PUBLIC_URL, problem })
      } finally {
        await other.close()
      }
    }
  })
})
