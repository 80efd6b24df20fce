// A photo upload is the one public request that makes the server do heavy
// work: decoding the picture. A small file can claim a huge picture (a PNG
// of one colour, 10,000 × 10,000 px, is 292 KB), so the server reads a
// picture's size from its header and refuses one far beyond a phone's
// before decoding anything, refuses what the owner's limits refuse before
// that, and counts the uploads of each address like its other public writes.
import { randomUUID } from 'node:crypto'
import { readdir } from 'node:fs/promises'
import { join } from 'node:path'
import sharp from 'sharp'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import type { VisitCreated } from '../../shared/field-types.ts'
import { PHOTO_MAX_PIXELS, PHOTOS_PER_ITEM, PHOTOS_PER_SUBMISSION } from '../../shared/photos.ts'
import { phoneJpeg } from '../helpers/photos.ts'
import { loginSession, makeTestApp, postJson, staffSession, submitCase, type StaffSession, type TestApp } from '../helpers/test-app.ts'

const png = (width: number, height: number) => sharp({ create: { width, height, channels: 3, background: '#000' } }).png().toBuffer()

describe('photo uploads that would cost the server its memory', () => {
  let t: TestApp
  // 48 MP: more than a phone sends, within what sharp would decode unasked.
  let tooLarge: Buffer
  // 100 MP in 292 KB: the decompression bomb of the security review.
  let bomb: Buffer
  // Its first 4 KB: the header claims 100 MP, the pixels are not there. Only
  // a server that reads the header and decodes nothing answers it by its
  // size (or by the owner's limits); decoding it would fail (415).
  let claim: Buffer
  beforeAll(async () => {
    ;[tooLarge, bomb] = await Promise.all([png(8000, 6000), png(10_000, 10_000)])
    claim = bomb.subarray(0, 4096)
    expect(8000 * 6000).toBeGreaterThan(PHOTO_MAX_PIXELS)
  })
  afterEach(() => t?.close())

  const upload = (caseId: string, body: Uint8Array) =>
    t.app.request(`/api/feedback/${caseId}/photos`, { method: 'POST', headers: { 'content-type': 'image/png' }, body: new Uint8Array(body) })
  const mediaFiles = async () => (await readdir(join(t.dataDir, 'media')).catch(() => [])).filter((f) => f.endsWith('.jpg'))
  const errorOf = async (res: Response) => ((await res.json()) as { error: { code: string; message: string } }).error

  it('refuses a picture of more than 40 megapixels with 413, whatever its file size, and keeps nothing of it', async () => {
    t = await makeTestApp()
    const admin = await loginSession(t.app)
    const { id } = await submitCase(t)
    for (const picture of [tooLarge, bomb, claim]) {
      const res = await upload(id, picture)
      expect(res.status).toBe(413)
      const error = await errorOf(res)
      expect(error.code).toBe('payload_too_large')
      expect(error.message).toContain('megapixels')
    }
    expect(await mediaFiles()).toEqual([])
    expect((await (await t.app.request(`/api/admin/feedback/${id}`, { headers: admin.headers })).json()).photos).toEqual([])
    // A phone's photo (longest side 1,600 px) is taken as before.
    expect((await upload(id, await phoneJpeg({ width: 1600, height: 1200 }))).status).toBe(201)
  })

  it('answers a fourth photo, or one past the hour, before looking at the picture: 409 even for a decompression bomb', async () => {
    t = await makeTestApp()
    const { id } = await submitCase(t)
    const kept = await phoneJpeg()
    expect((await upload(id, kept)).status).toBe(201)
    for (let i = 1; i < PHOTOS_PER_SUBMISSION; i++) expect((await upload(id, await phoneJpeg({ colour: `#00${i}` }))).status).toBe(201)
    for (const picture of [bomb, claim]) {
      const fourth = await upload(id, picture)
      expect(fourth.status).toBe(409)
      expect((await errorOf(fourth)).code).toBe('too_many_photos')
    }
    // A retry of a kept photo is still answered as its photo.
    expect((await upload(id, kept)).status).toBe(200)

    const late = await submitCase(t)
    t.clock.advance(61 * 60_000)
    for (const picture of [bomb, claim]) {
      const afterHour = await upload(late.id, picture)
      expect(afterHour.status).toBe(409)
      expect((await errorOf(afterHour)).code).toBe('photo_window_closed')
    }
    expect(await mediaFiles()).toHaveLength(PHOTOS_PER_SUBMISSION)
  })

  it('gives a supervisor’s visit photos the same checks: 413 for a picture too large, 409 for one past the item’s limit first', async () => {
    t = await makeTestApp()
    const sup: StaffSession = await staffSession(t, 'sup-east', 'supervisor', { districts: ['东城区'] })
    const visit = { id: randomUUID(), storeCode: '44010001', type: 'inspection', startedAt: '2026-11-30T01:30:00.000Z', checklistId: 'store_conduct', checklistVersion: 1, results: [{ itemId: 'no_credit', result: 'fail' }] }
    const created = await postJson(t.app, '/api/admin/visits', visit, sup.headers)
    expect(created.status).toBe(201)
    const { id } = (await created.json()) as VisitCreated
    const send = (body: Uint8Array, itemId?: string) =>
      t.app.request(`/api/admin/visits/${id}/photos${itemId ? `?itemId=${itemId}` : ''}`, {
        method: 'POST',
        headers: { ...sup.headers, 'content-type': 'image/png' },
        body: new Uint8Array(body),
      })
    for (const picture of [tooLarge, claim]) {
      const whole = await send(picture)
      expect(whole.status).toBe(413)
      expect((await errorOf(whole)).code).toBe('payload_too_large')
    }
    for (let i = 0; i < PHOTOS_PER_ITEM; i++) expect((await send(await phoneJpeg({ colour: `#0${i}0` }), 'no_credit')).status).toBe(201)
    for (const picture of [bomb, claim]) {
      const over = await send(picture, 'no_credit')
      expect(over.status).toBe(409)
      expect((await errorOf(over)).code).toBe('too_many_photos')
    }
  })

  it('answers 429 in the one error shape once an address has sent its allowance of photos, across submissions', async () => {
    t = await makeTestApp({ env: { RATE_LIMIT_PHOTOS_PER_ADDRESS: '2' } })
    const [a, b] = [await submitCase(t), await submitCase(t)]
    expect((await upload(a.id, await phoneJpeg())).status).toBe(201)
    expect((await upload(b.id, await phoneJpeg())).status).toBe(201)
    const limited = await upload(b.id, await phoneJpeg({ colour: '#123' }))
    expect(limited.status).toBe(429)
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0)
    const body = await limited.json()
    expect(body).toEqual({ error: { code: 'rate_limited', message: expect.any(String) } })
    // Counted before the body is read: a bomb gets no further.
    expect((await upload(a.id, bomb)).status).toBe(429)
  })

  it('counts no photos when RATE_LIMIT=0 (the bench, load tests)', async () => {
    t = await makeTestApp({ env: { RATE_LIMIT: '0', RATE_LIMIT_PHOTOS_PER_ADDRESS: '1' } })
    const { id } = await submitCase(t)
    for (let i = 0; i < PHOTOS_PER_SUBMISSION; i++) expect((await upload(id, await phoneJpeg({ colour: `#${i}00` }))).status).toBe(201)
  })
})
