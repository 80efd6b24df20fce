// A fresh demo city with SEED_DEMO=1 comes with a few weeks of sample cases,
// visits and ratings (issue 12); without it the city starts with none, and
// SEED_DEMO=0 starts without the city.
import { afterEach, describe, expect, it } from 'vitest'
import { chinaDate } from '../../shared/china-time.ts'
import { allStoreSummaries, STORE_SUMMARY_REBUILD } from '../helpers/store-summaries.ts'
import { onPostgres } from '../helpers/test-database.ts'
import { loginHeaders, makeTestApp, type TestApp } from '../helpers/test-app.ts'


// Seeding runs a few hundred workflow steps, each its own transaction: slow on a loaded PostgreSQL.
describe('the demo samples', { timeout: 240_000 }, () => {
  let t: TestApp | undefined
  afterEach(async () => {
    await t?.close()
    t = undefined
  })
  // The store summary's backfill counts days from the real date, so the clock is the real now.
  const now = new Date().toISOString()
  const get = async (path: string) => {
    const res = await t!.app.request(path, { headers: await loginHeaders(t!.app) })
    expect(res.status).toBe(200)
    return res.json()
  }

  it('with SEED_DEMO=1 fill the dashboard, the ratings and the visits, with cases of every kind and status', async () => {
    t = await makeTestApp({ now, env: { SEED_DEMO: '1' } })
    const dash = await get('/api/admin/stats/dashboard')
    expect(dash.open).toBeGreaterThan(0)
    expect(dash.overdue).toBeGreaterThan(0)
    expect(dash.weekly.filter((w: { count: number }) => w.count > 0).length).toBeGreaterThanOrEqual(3)

    const kinds = await t.db.all<{ kind: string; n: number }>('SELECT kind, COUNT(*) AS n FROM feedback GROUP BY kind')
    expect(kinds.map((k) => k.kind).sort()).toEqual(['complaint', 'praise', 'report', 'suggestion'])
    const statuses = await t.db.all<{ status: string }>('SELECT DISTINCT status FROM feedback')
    expect(statuses.map((s) => s.status).sort()).toEqual(['assigned', 'closed', 'in_progress', 'new', 'rejected', 'resolved'])
    const replies = await t.db.get<{ n: number }>('SELECT COUNT(*) AS n FROM feedback_messages WHERE author = ?', ['staff'])
    expect(replies!.n).toBeGreaterThan(0)

    const ratings = await get('/api/admin/stats/ratings')
    expect(ratings.total).toBeGreaterThan(100)
    expect(ratings.positiveShare).toBeGreaterThan(0.5)
    expect(ratings.byWeek.length).toBeGreaterThanOrEqual(4)

    const visits = await t.db.all<{ type: string }>('SELECT DISTINCT type FROM visits')
    expect(visits.map((v) => v.type).sort()).toEqual(['inspection', 'recheck', 'support', 'training'])
    const results = await t.db.all<{ result: string }>('SELECT DISTINCT result FROM visit_results')
    expect(results.map((r) => r.result).sort()).toEqual(['fail', 'fixed', 'pass'])
    const campaigns = await get('/api/admin/campaigns')
    expect(campaigns).toHaveLength(1)
  })

  // The backfill is SQLite's alone (0042_praise_not_open.pg.sql has none).
  it.skipIf(onPostgres)('keep the per-store summary the same as one rebuilt from the cases', async () => {
    t = await makeTestApp({ now, env: { SEED_DEMO: '1' } })
    const today = chinaDate(now)
    const kept = await allStoreSummaries(t.db, today)
    expect(kept.reduce((sum, s) => sum + s.total, 0)).toBeGreaterThan(60)
    await t.db.transaction((tx) => tx.exec(STORE_SUMMARY_REBUILD))
    expect(await allStoreSummaries(t.db, today)).toEqual(kept)
  })

  it('are the same draws at every fresh start', async () => {
    t = await makeTestApp({ now, env: { SEED_DEMO: '1' } })
    // The buyers' cases; the ones an inspection files get their ids from the visit workflow.
    const buyers = "SELECT receipt, status FROM feedback WHERE channel IN ('qr', 'kiosk') ORDER BY receipt"
    const first = await t.db.all<{ receipt: string }>(buyers)
    expect(first.length).toBeGreaterThan(40)
    const firstRatings = (await get('/api/admin/stats/ratings')).byScore
    await t.close()
    t = await makeTestApp({ now, env: { SEED_DEMO: '1' } })
    expect(await t.db.all<{ receipt: string }>(buyers)).toEqual(first)
    expect((await get('/api/admin/stats/ratings')).byScore).toEqual(firstRatings)
  })

  it('are not there on a default start, which seeds the city alone; SEED_DEMO=0 starts without the city', async () => {
    t = await makeTestApp({ now })
    const dash = await get('/api/admin/stats/dashboard')
    expect([dash.open, dash.overdue, dash.newThisWeek]).toEqual([0, 0, 0])
    expect((await get('/api/admin/stats/ratings')).total).toBe(0)
    expect((await t.db.get<{ n: number }>('SELECT COUNT(*) AS n FROM visits'))!.n).toBe(0)
    expect((await t.db.get<{ n: number }>('SELECT COUNT(*) AS n FROM stores'))!.n).toBe(70)
    await t.close()
    t = await makeTestApp({ now, seedDemo: false })
    expect((await t.db.get<{ n: number }>('SELECT COUNT(*) AS n FROM stores'))!.n).toBe(0)
    expect((await t.db.get<{ n: number }>('SELECT COUNT(*) AS n FROM feedback'))!.n).toBe(0)
  })
})
