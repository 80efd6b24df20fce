// The per-store read model is kept at every write; rebuilt from the cases
// by the backfill of its last migration, it must come out the same.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { chinaDate } from '../../shared/china-time.ts'
import { allStoreSummaries, STORE_SUMMARY_REBUILD } from '../helpers/store-summaries.ts'
import { onPostgres } from '../helpers/test-database.ts'
import { feedbackBody, loginSession, makeTestApp, postJson, sendJson, type TestApp } from '../helpers/test-app.ts'


describe('the per-store summary', () => {
  let t: TestApp
  // The backfill counts days from the real date, so the clock starts at the real now.
  const now = new Date()
  beforeEach(async () => (t = await makeTestApp({ now: now.toISOString() })))
  afterEach(() => t.close())

  // The backfill is SQLite's alone: a PostgreSQL database has no cases from before it (0042_praise_not_open.pg.sql).
  it.skipIf(onPostgres)('kept at each write agrees with one rebuilt from the cases', async () => {
    const day = 86_400_000
    const ids: string[] = []
    for (const [ago, overrides] of [
      [40, {}],
      [8, { kind: 'praise', category: 'praise_service' }],
      [3, { storeCode: '44020001' }],
      [0, { storeCode: null, channel: 'web' }],
      [0, {}],
      [0, { kind: 'report', category: 'sale_to_minors', anonymous: true, contact: undefined }],
    ] as const) {
      t.clock.set(new Date(now.getTime() - ago * day).toISOString())
      const body = feedbackBody({ createdAt: t.clock.now().toISOString(), ...overrides })
      expect((await postJson(t.app, '/api/feedback', body)).status).toBe(201)
      ids.push(body.id)
    }
    t.clock.set(now.toISOString())
    const staff = await loginSession(t.app)
    for (const step of [{ assignee: 'admin' }, { status: 'in_progress' }, { status: 'resolved' }, { status: 'closed' }]) {
      expect((await sendJson(t.app, 'PATCH', `/api/admin/feedback/${ids[0]}`, step, staff.headers)).status).toBe(200)
    }
    expect((await sendJson(t.app, 'PATCH', `/api/admin/feedback/${ids[4]}`, { status: 'rejected', reason: 'spam' }, staff.headers)).status).toBe(200)

    const today = chinaDate(now)
    const kept = await allStoreSummaries(t.db, today)
    await t.db.transaction(async (tx) => {
      await tx.exec(STORE_SUMMARY_REBUILD)
    })
    expect(await allStoreSummaries(t.db, today)).toEqual(kept)
    expect(kept.find((s) => s.storeCode === '44010001')).toMatchObject({
      total: 4,
      open: 1, // the report; the praise is counted but never open
      closeHours: { '960': 1 },
      recent: { today: 2, last7: 2, last30: 3, last90: 4, prior28: 1 },
    })
  })
})
