// A supervisor's evidence photos (issue 15): of a checklist item or of the
// visit as a whole, taken like a buyer's (real images only, re-encoded,
// idempotent), shown to those who may see the visit's store, and for a
// failed item to those who may see the case it opened.
import { randomUUID } from 'node:crypto'
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { VisitCreated, VisitSummary } from '../../shared/field-types.ts'
import { PHOTO_MAX_BYTES, PHOTOS_PER_ITEM, PHOTOS_PER_VISIT } from '../../shared/photos.ts'
import type { CaseDetail, Page } from '../../shared/staff-types.ts'
import { metadataOf, PHONE_MAKE, phoneJpeg } from '../helpers/photos.ts'
import { loginSession, makeTestApp, postJson, staffSession, type StaffSession, type TestApp } from '../helpers/test-app.ts'

const EAST_STORE = '44010001'

describe('supervisors’ visit photos', () => {
  let t: TestApp
  let sup: StaffSession
  beforeEach(async () => {
    t = await makeTestApp()
    sup = await staffSession(t, 'sup-east', 'supervisor', { districts: ['东城区'] })
  })
  afterEach(() => t.close())

  const inspect = async (results: { itemId: string; result: string }[], s = sup, extra: Record<string, unknown> = {}) => {
    const body = { id: randomUUID(), storeCode: EAST_STORE, type: 'inspection', startedAt: '2026-11-30T01:30:00.000Z', checklistId: 'store_conduct', checklistVersion: 1, results, ...extra }
    const res = await postJson(t.app, '/api/admin/visits', body, s.headers)
    expect(res.status).toBe(201)
    return (await res.json()) as VisitCreated
  }
  const upload = (visitId: string, itemId: string | null, body: Uint8Array, s = sup) =>
    t.app.request(`/api/admin/visits/${visitId}/photos${itemId ? `?itemId=${itemId}` : ''}`, {
      method: 'POST',
      headers: { ...s.headers, 'content-type': 'image/jpeg' },
      body: new Uint8Array(body),
    })
  const photoIdOf = async (res: Response) => {
    expect(res.status).toBe(201)
    return ((await res.json()) as { photoId: string }).photoId
  }
  const get = (path: string, s = sup) => t.app.request(path, { headers: s.headers })
  const visitsOf = async (storeCode: string, s = sup) => ((await (await get(`/api/admin/visits?storeCode=${storeCode}`, s)).json()) as Page<VisitSummary>).items

  it('keeps a failed item’s photo without EXIF, lists it on the visit per item and on the case the failure opened', async () => {
    const visit = await inspect([{ itemId: 'no_credit', result: 'fail' }, { itemId: 'qr_poster', result: 'pass' }])
    const original = await phoneJpeg()
    const itemPhoto = await photoIdOf(await upload(visit.id, 'no_credit', original))
    const wholePhoto = await photoIdOf(await upload(visit.id, null, await phoneJpeg({ colour: '#123' })))

    const files = (await readdir(join(t.dataDir, 'media'))).filter((f) => f.endsWith('.jpg'))
    expect(files).toHaveLength(2)
    for (const f of files) {
      const stored = await readFile(join(t.dataDir, 'media', f))
      expect(stored.includes(PHONE_MAKE)).toBe(false)
      expect((await metadataOf(stored)).exif).toBeUndefined()
    }

    const [listed] = await visitsOf(EAST_STORE)
    expect(listed!.photos).toEqual([{ id: wholePhoto, width: 300, height: 400 }])
    expect(listed!.results.find((r) => r.itemId === 'no_credit')!.photos).toEqual([{ id: itemPhoto, width: 300, height: 400 }])
    expect(listed!.results.find((r) => r.itemId === 'qr_poster')!.photos).toEqual([])

    const detail = (await (await get(`/api/admin/feedback/${visit.casesCreated[0]}`)).json()) as CaseDetail
    expect(detail.photos).toEqual([{ id: itemPhoto, width: 300, height: 400 }])
    const served = await get(`/api/admin/photos/${itemPhoto}`)
    expect(served.status).toBe(200)
    expect((await metadataOf(Buffer.from(await served.arrayBuffer()))).exif).toBeUndefined()
    expect((await get(`/api/admin/photos/${wholePhoto}`)).status).toBe(200)
  })

  it('takes the same photo sent again once, with the same photoId', async () => {
    const visit = await inspect([{ itemId: 'no_credit', result: 'fail' }])
    const first = await upload(visit.id, 'no_credit', await phoneJpeg())
    const again = await upload(visit.id, 'no_credit', await phoneJpeg())
    expect([first.status, again.status]).toEqual([201, 200])
    expect(await again.json()).toEqual(await first.json())
    // The same picture of another item, or of the visit, is another photo.
    expect((await upload(visit.id, 'qr_poster', await phoneJpeg())).status).toBe(201)
    expect((await upload(visit.id, null, await phoneJpeg())).status).toBe(201)
    const [listed] = await visitsOf(EAST_STORE)
    expect(listed!.results.find((r) => r.itemId === 'no_credit')!.photos).toHaveLength(1)
  })

  it(`takes at most ${PHOTOS_PER_ITEM} photos per item and ${PHOTOS_PER_VISIT} of the visit as a whole`, async () => {
    const visit = await inspect([{ itemId: 'no_credit', result: 'fail' }])
    const colour = (i: number) => `#${(0x100000 + i * 0x111111).toString(16).slice(-6)}`
    for (let i = 0; i < PHOTOS_PER_ITEM; i++) await photoIdOf(await upload(visit.id, 'no_credit', await phoneJpeg({ colour: colour(i) })))
    const over = await upload(visit.id, 'no_credit', await phoneJpeg({ colour: '#fff' }))
    expect(over.status).toBe(409)
    expect((await over.json()).error.code).toBe('too_many_photos')
    for (let i = 0; i < PHOTOS_PER_VISIT; i++) await photoIdOf(await upload(visit.id, null, await phoneJpeg({ colour: colour(i) })))
    expect((await upload(visit.id, null, await phoneJpeg({ colour: '#fff' }))).status).toBe(409)
    // Another item still has room.
    expect((await upload(visit.id, 'qr_poster', await phoneJpeg({ colour: '#fff' }))).status).toBe(201)
  })

  it('refuses what is not an image (415), an image over 10 MB (413), an unknown visit (404) and an item not on the visit’s checklist (400)', async () => {
    const visit = await inspect([{ itemId: 'no_credit', result: 'fail' }])
    const text = await upload(visit.id, 'no_credit', new TextEncoder().encode('not a photo, named evidence.jpg'))
    expect(text.status).toBe(415)
    expect((await text.json()).error.code).toBe('unsupported_media_type')
    const big = new Uint8Array(PHOTO_MAX_BYTES + 1)
    big.set([0xff, 0xd8, 0xff, 0xe0])
    const tooBig = await upload(visit.id, 'no_credit', big)
    expect(tooBig.status).toBe(413)
    expect((await tooBig.json()).error.code).toBe('payload_too_large')
    expect((await upload(randomUUID(), null, await phoneJpeg())).status).toBe(404)

    const wrongItem = await upload(visit.id, 'no_such_item', await phoneJpeg())
    expect(wrongItem.status).toBe(400)
    expect((await wrongItem.json()).error.fields).toEqual({ itemId: 'unknown' })
    expect((await upload(visit.id, 'Bad Item!', await phoneJpeg())).status).toBe(400)
    // A visit without a checklist has no items to show.
    const support = { id: randomUUID(), storeCode: EAST_STORE, type: 'support', startedAt: '2026-11-30T01:00:00.000Z' }
    expect((await postJson(t.app, '/api/admin/visits', support, sup.headers)).status).toBe(201)
    expect((await upload(support.id, 'no_credit', await phoneJpeg())).status).toBe(400)
    expect((await upload(support.id, null, await phoneJpeg())).status).toBe(201)
    expect(await readdir(join(t.dataDir, 'media')).then((f) => f.filter((n) => n.endsWith('.jpg')).length)).toBe(1)
  })

  it('keeps a visit’s photos within its store’s area: 403 to send or see from outside it, each view audited', async () => {
    const visit = await inspect([{ itemId: 'qr_poster', result: 'pass' }])
    const photo = await photoIdOf(await upload(visit.id, 'qr_poster', await phoneJpeg()))
    const west = await staffSession(t, 'sup-west', 'supervisor', { districts: ['西城区'] })
    expect((await upload(visit.id, null, await phoneJpeg(), west)).status).toBe(403)
    expect((await get(`/api/admin/photos/${photo}`, west)).status).toBe(403)
    expect((await get(`/api/admin/visits?storeCode=${EAST_STORE}`, west)).status).toBe(403)
    const viewer = await staffSession(t, 'look', 'viewer')
    expect((await upload(visit.id, null, await phoneJpeg(), viewer)).status).toBe(403)
    expect((await t.app.request(`/api/admin/photos/${photo}`)).status).toBe(401)
    expect((await get(`/api/admin/photos/${photo}`, sup)).status).toBe(200)

    const admin = await loginSession(t.app)
    const audit = await (await get('/api/admin/audit?action=photo_viewed', admin)).json()
    expect((audit.items as { actor: string; target: string }[]).map((e) => `${e.actor} ${e.target}`)).toEqual([`sup-east ${photo}`])
  })

  it('hides a failed item’s photo with its case from a supervisor in conflict of interest (404), and leaves it off their visit list', async () => {
    const admin = await loginSession(t.app)
    const v1 = (await (await get('/api/admin/checklists', admin)).json())[0] as { id: string; title: unknown; items: unknown[] }
    const corrected = { id: v1.id, title: v1.title, items: [...v1.items, { id: 'no_kickbacks', label: { zh: '无专管员收取好处费', en: 'No kickbacks to staff' }, categoryId: 'staff_misconduct' }] }
    expect((await postJson(t.app, '/api/admin/checklists', corrected, admin.headers)).status).toBe(201)
    const visit = await inspect([{ itemId: 'no_kickbacks', result: 'fail' }], sup, { checklistVersion: 2 })
    const photo = await photoIdOf(await upload(visit.id, 'no_kickbacks', await phoneJpeg()))
    const whole = await photoIdOf(await upload(visit.id, null, await phoneJpeg({ colour: '#0a0' })))

    const colleague = await staffSession(t, 'sup-east-2', 'supervisor', { districts: ['东城区'] })
    expect((await get(`/api/admin/photos/${photo}`, colleague)).status).toBe(404)
    expect((await get(`/api/admin/feedback/${visit.casesCreated[0]}`, colleague)).status).toBe(404)
    expect((await get(`/api/admin/photos/${whole}`, colleague)).status).toBe(200)
    const [listed] = await visitsOf(EAST_STORE, colleague)
    expect(listed!.results[0]!.photos).toEqual([])
    expect(listed!.photos.map((p) => p.id)).toEqual([whole])

    expect((await get(`/api/admin/photos/${photo}`, admin)).status).toBe(200)
    const detail = (await (await get(`/api/admin/feedback/${visit.casesCreated[0]}`, admin)).json()) as CaseDetail
    expect(detail.photos.map((p) => p.id)).toEqual([photo])
  })
})
