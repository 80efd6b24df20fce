// Evidence photos (issue 15): only real images are taken, each re-encoded
// with nothing of what the phone wrote, kept for the staff who may see the
// case and for no one else.
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { PHOTO_MAX_BYTES } from '../../shared/photos.ts'
import { metadataOf, PHONE_MAKE, phoneJpeg } from '../helpers/photos.ts'
import { feedbackBody, loginSession, makeTestApp, postJson, staffSession, submitCase, type StaffSession, type TestApp } from '../helpers/test-app.ts'

describe('evidence photos', () => {
  let t: TestApp
  let admin: StaffSession
  beforeEach(async () => {
    t = await makeTestApp()
    admin = await loginSession(t.app)
  })
  afterEach(() => t.close())

  const upload = (caseId: string, body: Uint8Array, contentType = 'image/jpeg') =>
    t.app.request(`/api/feedback/${caseId}/photos`, { method: 'POST', headers: { 'content-type': contentType }, body: new Uint8Array(body) })
  const get = (path: string, s = admin) => t.app.request(path, { headers: s.headers })
  const mediaFiles = async () => (await readdir(join(t.dataDir, 'media')).catch(() => [])).filter((f) => f.endsWith('.jpg'))

  it('stores a phone photo upright with no EXIF, GPS or other metadata left, and serves it to staff', async () => {
    const original = await phoneJpeg()
    expect((await metadataOf(original)).exif?.toString('latin1')).toContain(PHONE_MAKE)
    const { id } = await submitCase(t)
    const res = await upload(id, original)
    expect(res.status).toBe(201)
    const { photoId } = (await res.json()) as { photoId: string }

    const [file] = await mediaFiles()
    const stored = await readFile(join(t.dataDir, 'media', file!))
    expect(stored.includes(PHONE_MAKE)).toBe(false)
    const meta = await metadataOf(stored)
    expect(meta).toMatchObject({ format: 'jpeg', width: 300, height: 400 })
    expect([meta.exif, meta.icc, meta.xmp, meta.iptc, meta.orientation, meta.comments]).toEqual([undefined, undefined, undefined, undefined, undefined, undefined])

    const detail = await (await get(`/api/admin/feedback/${id}`)).json()
    expect(detail.photos).toEqual([{ id: photoId, width: 300, height: 400 }])
    const served = await get(`/api/admin/photos/${photoId}`)
    expect(served.status).toBe(200)
    expect(served.headers.get('content-type')).toBe('image/jpeg')
    expect(served.headers.get('cache-control')).toContain('no-store')
    expect(Buffer.from(await served.arrayBuffer()).equals(stored)).toBe(true)
  })

  it('takes PNG and WebP by their content, whatever the Content-Type says', async () => {
    const { default: sharp } = await import('sharp')
    const png = await sharp({ create: { width: 20, height: 10, channels: 3, background: '#00f' } }).png().toBuffer()
    const webp = await sharp({ create: { width: 20, height: 10, channels: 3, background: '#0f0' } }).webp().toBuffer()
    const { id } = await submitCase(t)
    expect((await upload(id, png, 'application/octet-stream')).status).toBe(201)
    expect((await upload(id, webp, 'image/jpeg')).status).toBe(201)
  })

  it('refuses a file named .jpg that is not an image (415), and one that only starts like a JPEG', async () => {
    const { id } = await submitCase(t)
    const res = await upload(id, new TextEncoder().encode('<?php system($_GET["c"]); ?> holiday.jpg'))
    expect(res.status).toBe(415)
    expect((await res.json()).error.code).toBe('unsupported_media_type')
    const truncated = (await phoneJpeg()).subarray(0, 200)
    expect((await upload(id, truncated)).status).toBe(415)
    // An HEIC container the bundled decoder cannot read (HEVC) is refused alike.
    const heic = new Uint8Array(64)
    heic.set(new TextEncoder().encode('\0\0\0\x18ftypheic\0\0\0\0mif1heic'))
    expect((await upload(id, heic, 'image/heic')).status).toBe(415)
    expect(await mediaFiles()).toEqual([])
  })

  it('refuses an image over 10 MB (413) before reading it', async () => {
    const { id } = await submitCase(t)
    const big = new Uint8Array(PHOTO_MAX_BYTES + 1)
    big.set([0xff, 0xd8, 0xff, 0xe0])
    const res = await upload(id, big)
    expect(res.status).toBe(413)
    expect((await res.json()).error.code).toBe('payload_too_large')
  })

  it('stores the same photo sent twice once, with the same photoId, and takes at most three', async () => {
    const { id } = await submitCase(t)
    const first = await upload(id, await phoneJpeg())
    const again = await upload(id, await phoneJpeg())
    expect(first.status).toBe(201)
    expect(again.status).toBe(200)
    expect(await again.json()).toEqual(await first.json())
    expect((await upload(id, await phoneJpeg({ colour: '#111' }))).status).toBe(201)
    expect((await upload(id, await phoneJpeg({ colour: '#222' }))).status).toBe(201)
    const fourth = await upload(id, await phoneJpeg({ colour: '#333' }))
    expect(fourth.status).toBe(409)
    expect((await fourth.json()).error.code).toBe('too_many_photos')
    // A retry of one already kept is still answered, even with three there.
    expect((await upload(id, await phoneJpeg())).status).toBe(200)
    expect((await (await get(`/api/admin/feedback/${id}`)).json()).photos).toHaveLength(3)
  })

  it('takes photos only for a submission it has, within an hour of receiving it', async () => {
    const unknown = feedbackBody().id
    expect((await upload(unknown, await phoneJpeg())).status).toBe(404)
    const { id } = await submitCase(t)
    t.clock.advance(61 * 60_000)
    const late = await upload(id, await phoneJpeg())
    expect(late.status).toBe(409)
    expect((await late.json()).error.code).toBe('photo_window_closed')
  })

  it('answers a held (bot-like) submission’s photo like any other, and keeps nothing', async () => {
    const held = feedbackBody({ hp: 'http://spam.example' })
    expect((await postJson(t.app, '/api/feedback', held)).status).toBe(201)
    const res = await upload(held.id as string, await phoneJpeg())
    expect(res.status).toBe(201)
    expect((await res.json()).photoId).toMatch(/^[0-9a-f-]{36}$/)
    expect(await mediaFiles()).toEqual([])
  })

  it('shows a photo to staff who may see the case: 403 out of scope, 404 when hidden by conflict of interest; each view audited', async () => {
    const west = await submitCase(t, { storeCode: '44020001' })
    const misconduct = await submitCase(t, { storeCode: '44010001', kind: 'report', category: 'staff_misconduct', message: '专管员收取站点好处费。' })
    const east = await submitCase(t, { storeCode: '44010002' })
    const photoOf = async (caseId: string) => ((await (await upload(caseId, await phoneJpeg())).json()) as { photoId: string }).photoId
    const [westPhoto, hiddenPhoto, eastPhoto] = [await photoOf(west.id), await photoOf(misconduct.id), await photoOf(east.id)]

    const sup = await staffSession(t, 'sup-east', 'supervisor', { districts: ['东城区'] })
    const outOfScope = await get(`/api/admin/photos/${westPhoto}`, sup)
    expect(outOfScope.status).toBe(403)
    expect((await get(`/api/admin/photos/${hiddenPhoto}`, sup)).status).toBe(404)
    expect((await get(`/api/admin/photos/${eastPhoto}`, sup)).status).toBe(200)
    expect((await get(`/api/admin/photos/${hiddenPhoto}`)).status).toBe(200)
    expect((await t.app.request(`/api/admin/photos/${eastPhoto}`)).status).toBe(401)
    expect((await get('/api/admin/photos/00000000-0000-4000-8000-000000000000')).status).toBe(404)
    const viewer = await staffSession(t, 'look', 'viewer')
    expect((await get(`/api/admin/photos/${eastPhoto}`, viewer)).status).toBe(403)

    const audit = await (await get('/api/admin/audit?action=photo_viewed')).json()
    const views = (audit.items as { actor: string; target: string }[]).map((e) => `${e.actor} ${e.target}`).sort()
    expect(views).toEqual([`admin ${hiddenPhoto}`, `sup-east ${eastPhoto}`].sort())
  })

  it('never puts a photo on /track or in the CSV, where only the count is given', async () => {
    const { id, receipt } = await submitCase(t)
    const { photoId } = (await (await upload(id, await phoneJpeg())).json()) as { photoId: string }
    const track = await (await t.app.request(`/api/track/${receipt}`)).text()
    expect(track).not.toContain(photoId)
    expect(track).not.toMatch(/photo/i)
    const csv = (await (await get('/api/admin/feedback.csv')).text()).trimEnd().split('\r\n')
    expect(csv[0]!.endsWith(',照片数')).toBe(true)
    expect(csv[1]!.endsWith(',1')).toBe(true)
    expect(csv.join('\n')).not.toContain(photoId)
  })
})
