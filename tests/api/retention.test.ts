// Case retention (issue 15): with RETENTION_DAYS set, a case closed or
// rejected longer ago loses its message, contact data, messages and photos
// (rows and files), keeps its skeleton for the statistics, and says so in
// the console, the API and on /track.
import { randomUUID } from 'node:crypto'
import { mkdtemp, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { chinaDate } from '../../shared/china-time.ts'
import { ConfigError, readConfig } from '../../server/config.ts'
import { backupDatabase, restoreDatabase } from '../../server/db/backup.ts'
import { DB_FILE } from '../../server/open-data.ts'
import { backupMedia, restoreMedia } from '../../server/photos/media-backup.ts'
import { purgeExpiredCases } from '../../server/retention/purge-cases.ts'
import { phoneJpeg } from '../helpers/photos.ts'
import { allStoreSummaries, STORE_SUMMARY_REBUILD } from '../helpers/store-summaries.ts'
import { onPostgres } from '../helpers/test-database.ts'
import { DEMO_STORE, feedbackBody, loginSession, makeTestApp, postJson, sendJson, submitCase, type StaffSession, type TestApp } from '../helpers/test-app.ts'

const DAY = 86_400_000

describe('case retention', () => {
  let t: TestApp
  let admin: StaffSession
  beforeEach(async () => {
    t = await makeTestApp({ env: { RETENTION_DAYS: '30', RATE_LIMIT: '0' } })
    admin = await loginSession(t.app)
  })
  afterEach(() => t.close())

  // Moving the clock by days ends the session (SESSION_IDLE_MINUTES): log in again.
  const later = async (days: number) => {
    t.clock.advance(days * DAY)
    admin = await loginSession(t.app)
  }
  const patch = (id: string, body: unknown) => sendJson(t.app, 'PATCH', `/api/admin/feedback/${id}`, body, admin.headers)
  const detail = async (id: string) => (await t.app.request(`/api/admin/feedback/${id}`, { headers: admin.headers })).json()
  const upload = async (id: string, colour: string) => {
    const res = await t.app.request(`/api/feedback/${id}/photos`, { method: 'POST', headers: { 'content-type': 'image/jpeg' }, body: new Uint8Array(await phoneJpeg({ colour })) })
    expect(res.status).toBe(201)
    return ((await res.json()) as { photoId: string }).photoId
  }
  const mediaFiles = async (dir = t.dataDir) => (await readdir(join(dir, 'media')).catch(() => [])).filter((f) => f.endsWith('.jpg')).sort()
  const statsRow = async () =>
    ((await (await t.app.request(`/api/admin/stats/stores?q=${DEMO_STORE}`, { headers: admin.headers })).json()).items as { storeCode: string }[]).find((r) => r.storeCode === DEMO_STORE)
  const auditEntries = async () => (await (await t.app.request('/api/admin/audit?action=retention_purged', { headers: admin.headers })).json()).items as { actor: string | null; detail: Record<string, number> }[]

  /** A closed case with a photo, a follow-up, a public reply and a note; a rejected one; an open one of the same age with a photo. */
  async function threeCases() {
    const closed = await submitCase(t)
    await upload(closed.id, '#c0392b')
    expect((await postJson(t.app, `/api/track/${closed.receipt}/messages`, { text: '补充：当天下午三点左右。' })).status).toBe(201)
    expect((await postJson(t.app, `/api/admin/feedback/${closed.id}/replies`, { text: '已约谈站点负责人张经理。', public: true }, admin.headers)).status).toBe(201)
    expect((await postJson(t.app, `/api/admin/feedback/${closed.id}/replies`, { text: '内部：反映人是常客。', public: false }, admin.headers)).status).toBe(201)
    for (const status of ['in_progress', 'resolved', 'closed']) expect((await patch(closed.id, { status })).status).toBe(200)
    const rejected = await submitCase(t, { message: '重复提交的内容，含电话 13900002222。' })
    expect((await patch(rejected.id, { status: 'rejected', reason: '与张三的另一条反映重复' })).status).toBe(200)
    const open = await submitCase(t, { message: '仍在处理中的反映。' })
    const openPhoto = await upload(open.id, '#2980b9')
    return { closed, rejected, open, openPhoto }
  }

  it('erases a closed case’s text, contact, messages and photos after RETENTION_DAYS, keeps an open case of the same age and the statistics', async () => {
    const { closed, rejected, open, openPhoto } = await threeCases()
    expect(await mediaFiles()).toHaveLength(2)
    const today = () => chinaDate(t.clock.now())

    // Not yet: 29 days after closing nothing changes.
    await later(29)
    expect((await purgeExpiredCases(t.deps)).cases).toBe(0)
    expect((await detail(closed.id)).case).toMatchObject({ purgedAt: null, message: feedbackBody().message })

    // Past it: the figures as they stand just before the purge, then the purge.
    await later(2)
    const statsBefore = await statsRow()
    const summariesBefore = await allStoreSummaries(t.db, today())
    const dashboardBefore = await (await t.app.request('/api/admin/stats', { headers: admin.headers })).json()
    const counts = await purgeExpiredCases(t.deps)
    expect(counts).toEqual({ cases: 2, messages: 3, photos: 1, visitPhotos: 0, files: 1 })

    const gone = await detail(closed.id)
    expect(gone.case).toMatchObject({ status: 'closed', kind: 'complaint', categoryId: 'service_attitude', storeCode: DEMO_STORE, message: '', contact: null, purgedAt: t.clock.now().toISOString() })
    expect(gone.messages).toEqual([])
    expect(gone.photos).toEqual([])
    expect(gone.events.at(-1)).toMatchObject({ type: 'purged', actor: null, data: { days: 30 } })
    expect(JSON.stringify(gone)).not.toContain('张')
    const raw = await t.db.get<{ message: string; name: string | null; phone: string | null }>(
      'SELECT message, contact_name AS name, contact_phone AS phone FROM feedback WHERE id = ?',
      [closed.id],
    )
    expect(raw).toEqual({ message: '', name: null, phone: null })
    expect(await t.db.get('SELECT COUNT(*) AS n FROM feedback_messages WHERE feedback_id = ?', [closed.id])).toEqual({ n: 0 })

    const rejectedNow = await detail(rejected.id)
    expect(rejectedNow.case).toMatchObject({ status: 'rejected', message: '', purgedAt: expect.any(String) })
    // A rejection can be undone, but not once the case is purged: it would come back without content.
    expect(rejectedNow.allowedTransitions).toEqual([])
    expect((await patch(rejected.id, { status: 'new' })).status).toBe(409)
    expect(JSON.stringify(rejectedNow)).not.toContain('张三')

    // The open case of the same age keeps everything, its photo file too.
    const kept = await detail(open.id)
    expect(kept.case).toMatchObject({ status: 'new', message: '仍在处理中的反映。', purgedAt: null, contact: { name: expect.any(String) } })
    expect(kept.photos.map((p: { id: string }) => p.id)).toEqual([openPhoto])
    expect((await t.app.request(`/api/admin/photos/${openPhoto}`, { headers: admin.headers })).status).toBe(200)
    expect(await mediaFiles()).toHaveLength(1)

    // The statistics do not move, and a summary rebuilt from the cases still agrees.
    expect(await statsRow()).toEqual(statsBefore)
    expect(await (await t.app.request('/api/admin/stats', { headers: admin.headers })).json()).toEqual(dashboardBefore)
    const summariesAfter = await allStoreSummaries(t.db, today())
    expect(summariesAfter).toEqual(summariesBefore)
    if (!onPostgres) {
      await t.db.transaction((tx) => tx.exec(STORE_SUMMARY_REBUILD))
      const rebuilt = await allStoreSummaries(t.db, today())
      expect(rebuilt.map(({ recent: _, ...s }) => s)).toEqual(summariesAfter.map(({ recent: _, ...s }) => s))
    }

    // One audit entry with the counts; a second run (another instance's, say) purges nothing and writes none.
    expect(await auditEntries()).toEqual([expect.objectContaining({ actor: null, detail: { days: 30, ...counts } })])
    expect(await purgeExpiredCases(t.deps)).toMatchObject({ cases: 0, files: 0 })
    expect(await auditEntries()).toHaveLength(1)
  })

  it('/track says a purged case was purged, with its status and dates and no content', async () => {
    const { closed } = await threeCases()
    await later(31)
    await purgeExpiredCases(t.deps)
    const view = await (await t.app.request(`/api/track/${closed.receipt}`)).json()
    expect(view).toMatchObject({ status: 'closed', purged: true, messages: [], closedAt: expect.any(String) })
    const html = await (await t.app.request(`/track/${closed.receipt}`)).text()
    expect(html).toContain('此反映已超过保存期限，内容已删除')
    expect(html).not.toContain('已约谈站点负责人')
    expect(html).not.toContain('补充：当天下午三点左右。')
  })

  it('takes no reply or note on a purged case, so nothing written later outlives the policy', async () => {
    const { closed } = await threeCases()
    await later(31)
    await purgeExpiredCases(t.deps)
    for (const isPublic of [true, false]) {
      const res = await postJson(t.app, `/api/admin/feedback/${closed.id}/replies`, { text: '补记：反映人电话 13900003333。', public: isPublic }, admin.headers)
      expect(res.status).toBe(409)
      expect(await res.json()).toMatchObject({ error: { code: 'conflict' } })
    }
    const after = await detail(closed.id)
    expect(after.messages).toEqual([])
    expect(JSON.stringify(after)).not.toContain('13900003333')
  })

  it('purges each case once when two instances sweep at the same moment', async () => {
    const { closed, rejected } = await threeCases()
    await later(31)
    const [a, b] = await Promise.all([purgeExpiredCases(t.deps), purgeExpiredCases(t.deps)])
    expect(a.cases + b.cases).toBe(2)
    expect(a.photos + b.photos).toBe(1)
    for (const id of [closed.id, rejected.id]) {
      expect((await detail(id)).events.filter((e: { type: string }) => e.type === 'purged')).toHaveLength(1)
    }
    expect(await mediaFiles()).toHaveLength(1)
  })

  it('keeps everything while RETENTION_DAYS is unset', async () => {
    const plain = await makeTestApp()
    try {
      const { id } = await submitCase(plain)
      const s = await loginSession(plain.app)
      expect((await sendJson(plain.app, 'PATCH', `/api/admin/feedback/${id}`, { status: 'rejected', reason: 'spam' }, s.headers)).status).toBe(200)
      plain.clock.advance(3650 * DAY)
      expect((await purgeExpiredCases(plain.deps)).cases).toBe(0)
      const again = await loginSession(plain.app)
      expect((await (await plain.app.request(`/api/admin/feedback/${id}`, { headers: again.headers })).json()).case).toMatchObject({ purgedAt: null, message: feedbackBody().message })
    } finally {
      await plain.close()
    }
  })

  it('deletes the photos of a visit older than RETENTION_DAYS, but a failed item’s photo waits for the case it opened', async () => {
    const visit = { id: randomUUID(), storeCode: DEMO_STORE, type: 'inspection', startedAt: t.clock.now().toISOString(), checklistId: 'store_conduct', checklistVersion: 1 }
    const res = await postJson(t.app, '/api/admin/visits', { ...visit, results: [{ itemId: 'no_credit', result: 'fail' }, { itemId: 'qr_poster', result: 'pass' }] }, admin.headers)
    expect(res.status).toBe(201)
    const caseId = ((await res.json()) as { casesCreated: string[] }).casesCreated[0]!
    const visitPhoto = async (itemId: string | null, colour: string) => {
      const up = await t.app.request(`/api/admin/visits/${visit.id}/photos${itemId ? `?itemId=${itemId}` : ''}`, {
        method: 'POST',
        headers: { ...admin.headers, 'content-type': 'image/jpeg' },
        body: new Uint8Array(await phoneJpeg({ colour })),
      })
      expect(up.status).toBe(201)
      return ((await up.json()) as { photoId: string }).photoId
    }
    const failed = await visitPhoto('no_credit', '#111')
    const passed = await visitPhoto('qr_poster', '#222')
    const whole = await visitPhoto(null, '#333')
    expect(await mediaFiles()).toHaveLength(3)
    const photo = (id: string) => t.app.request(`/api/admin/photos/${id}`, { headers: admin.headers })

    await later(31)
    expect(await purgeExpiredCases(t.deps)).toMatchObject({ cases: 0, visitPhotos: 2, files: 2 })
    expect([(await photo(failed)).status, (await photo(passed)).status, (await photo(whole)).status]).toEqual([200, 404, 404])
    expect(await mediaFiles()).toHaveLength(1)

    // The case the failure opened is closed; 31 days on, it goes with its evidence.
    expect((await patch(caseId, { status: 'rejected', reason: '复查无误' })).status).toBe(200)
    await later(31)
    expect(await purgeExpiredCases(t.deps)).toMatchObject({ cases: 1, photos: 1, files: 1 })
    expect((await photo(failed)).status).toBe(404)
    expect(await mediaFiles()).toEqual([])
  })

  // npm run backup / restore are SQLite's (PostgreSQL has its own tools).
  it.skipIf(onPostgres)('backs up and restores a data directory with purged cases: the purged case stays purged, the kept photo comes back', async () => {
    const { closed, open, openPhoto } = await threeCases()
    await later(31)
    await purgeExpiredCases(t.deps)
    const fresh = await mkdtemp(join(tmpdir(), 'storevoice-retention-restored-'))
    const backup = join(t.dataDir, 'purged.db')
    try {
      expect((await backupDatabase(join(t.dataDir, DB_FILE), backup)).integrity).toBe('ok')
      expect(await backupMedia(t.dataDir, backup)).toBe(1)
      expect(await restoreMedia(backup, fresh)).toBe(1)
      await restoreDatabase(backup, join(fresh, DB_FILE), new Date())
      const back = await makeTestApp({ dataDir: fresh, keepData: true })
      try {
        const s = await loginSession(back.app)
        const get = (path: string) => back.app.request(path, { headers: s.headers })
        expect((await (await get(`/api/admin/feedback/${closed.id}`)).json()).case).toMatchObject({ message: '', purgedAt: expect.any(String) })
        expect((await (await get(`/api/admin/feedback/${open.id}`)).json()).photos).toHaveLength(1)
        expect((await get(`/api/admin/photos/${openPhoto}`)).status).toBe(200)
        expect(await mediaFiles(fresh)).toEqual(await mediaFiles())
      } finally {
        await back.close()
      }
    } finally {
      await rm(fresh, { recursive: true, force: true })
    }
  })
})

describe('RETENTION_DAYS', () => {
  it('is 0 (keep for ever) when unset or empty, a whole number of days otherwise', () => {
    expect(readConfig({}).retentionDays).toBe(0)
    expect(readConfig({ RETENTION_DAYS: '' }).retentionDays).toBe(0)
    expect(readConfig({ RETENTION_DAYS: '365' }).retentionDays).toBe(365)
  })

  it('stops the server with a message naming the variable on a bad value', () => {
    for (const bad of ['-1', '1.5', 'a year', '100000']) {
      expect(() => readConfig({ RETENTION_DAYS: bad })).toThrow(ConfigError)
      expect(() => readConfig({ RETENTION_DAYS: bad })).toThrow(/RETENTION_DAYS/)
    }
  })
})
