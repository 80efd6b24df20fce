// The whole city's dashboard and districts view come from the district
// rollup (issue 14). Whatever happens to the cases and the stores, they must
// show what summing every store's numbers shows (the per-store path a
// supervisor's view still takes), and a rollup rebuilt by the migration's
// backfill must hold exactly what the writes kept.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Dashboard, DistrictStatsRow } from '../../shared/api-types.ts'
import { moment } from '../../server/cases/case-summary.ts'
import { listAllCategories } from '../../server/db/queries/categories.ts'
import { purgeExpiredCases } from '../../server/retention/purge-cases.ts'
import { buildDashboard } from '../../server/stats/dashboard.ts'
import { districtRows } from '../../server/stats/district-rows.ts'
import { storeAggregates, weeklyTrend } from '../../server/stats/store-aggregates.ts'
import { migrationSection } from '../helpers/migration-section.ts'
import { onPostgres } from '../helpers/test-database.ts'
import { DEMO_STORE, feedbackBody, loginSession, makeTestApp, postJson, sendJson, submitCase, type StaffSession, type TestApp } from '../helpers/test-app.ts'

const DAY = 86_400_000
const BACKFILL = migrationSection(`0210_district_counts${onPostgres ? '.pg' : ''}.sql`, 'DELETE FROM district_counts')
const OTHER_STORE = '44010002'
const FAR_STORE = '44020001'

describe('the district rollup', () => {
  let t: TestApp
  let admin: StaffSession
  beforeEach(async () => {
    t = await makeTestApp({ env: { RETENTION_DAYS: '30', RATE_LIMIT: '0' } })
    admin = await loginSession(t.app)
  })
  afterEach(() => t.close())

  const at = () => t.clock.now().toISOString()
  const later = async (days: number) => {
    t.clock.advance(days * DAY)
    // Moving the clock by days ends the session (SESSION_IDLE_MINUTES).
    admin = await loginSession(t.app)
  }
  const get = async <T>(path: string) => {
    const res = await t.app.request(path, { headers: admin.headers })
    expect(res.status).toBe(200)
    return (await res.json()) as T
  }
  const patch = async (id: string, body: unknown) => expect((await sendJson(t.app, 'PATCH', `/api/admin/feedback/${id}`, body, admin.headers)).status).toBe(200)
  const districtOf = async (code: string) => ((await get<{ district: string }>(`/api/admin/stores/${code}`)).district)

  /** The admin's dashboard and districts (the rollup), beside what every store's numbers sum to. */
  async function bothWays() {
    const m = moment(t.clock.now(), t.deps.calendar.get())
    const aggregates = await storeAggregates(t.db, m, undefined)
    const perStore = {
      dashboard: buildDashboard(m.now, aggregates, await listAllCategories(t.db), await weeklyTrend(t.db, m.now, 12, undefined)),
      districts: districtRows(aggregates),
    }
    const rollup = { dashboard: await get<Dashboard>('/api/admin/stats/dashboard'), districts: await get<DistrictStatsRow[]>('/api/admin/stats/districts') }
    return { perStore, rollup }
  }

  async function expectAgreement() {
    const { perStore, rollup } = await bothWays()
    expect(rollup).toEqual(perStore)
    return rollup
  }

  // Summed over the shards: the backfill puts a store's counts in the shard
  // of its code, a batch of submissions puts them in its first store's.
  const keptRows = async () =>
    (
      await t.db.all<{ kind: string; item: string; district: string; n: number }>(
        `SELECT kind, item, district, SUM(n) AS n FROM district_counts GROUP BY kind, item, district HAVING SUM(n) <> 0 ORDER BY kind, item, district`,
      )
    ).map((r) => ({ ...r, n: Number(r.n) }))

  /** Cases of several kinds, days, stores and statuses, with reporters' answers and a burst today. */
  async function aMonthOfCases() {
    const closedOld = await submitCase(t, { createdAt: at() })
    await submitCase(t, { storeCode: FAR_STORE, kind: 'praise', category: 'praise_service', createdAt: at() })
    await patch(closedOld.id, { status: 'in_progress' })
    await later(3)
    await patch(closedOld.id, { status: 'resolved' })
    await patch(closedOld.id, { status: 'closed' })
    const rejected = await submitCase(t, { storeCode: OTHER_STORE, createdAt: at() })
    await patch(rejected.id, { status: 'rejected', reason: 'spam' })
    const confirmed = await submitCase(t, { createdAt: at() })
    await patch(confirmed.id, { status: 'in_progress' })
    await patch(confirmed.id, { status: 'resolved' })
    expect((await postJson(t.app, `/api/track/${confirmed.receipt}/confirm`, { fixed: true, rating: 4 })).status).toBe(200)
    const notFixed = await submitCase(t, { storeCode: FAR_STORE, createdAt: at() })
    await patch(notFixed.id, { status: 'in_progress' })
    await patch(notFixed.id, { status: 'resolved' })
    expect((await postJson(t.app, `/api/track/${notFixed.receipt}/confirm`, { fixed: false, rating: 2 })).status).toBe(200)
    await submitCase(t, { storeCode: null, channel: 'web', createdAt: at() })
    await later(4)
    // Six today at one store: a burst.
    for (let i = 0; i < 6; i++) await submitCase(t, { storeCode: OTHER_STORE, createdAt: at() })
    const report = await submitCase(t, { kind: 'report', category: 'sale_to_minors', anonymous: true, contact: undefined, createdAt: at() })
    // Deadlines moved by staff: one to an hour ago (overdue since earlier today), one a week out.
    const earlier = await submitCase(t, { storeCode: FAR_STORE, createdAt: at() })
    await patch(earlier.id, { dueAt: new Date(t.clock.now().getTime() - 3_600_000).toISOString(), reason: '已约定当场整改' })
    await patch(report.id, { dueAt: new Date(t.clock.now().getTime() + 7 * DAY).toISOString(), reason: '需要现场核查' })
  }

  it('shows what the stores sum to after submissions, status changes, answers, a store moving district and a purge', async () => {
    await aMonthOfCases()
    const before = await expectAgreement()
    expect(before.dashboard.bursts.map((b) => b.storeCode)).toEqual([OTHER_STORE])
    const farDistrict = await districtOf(FAR_STORE)
    expect(before.dashboard.byDistrict.find((d) => d.district === farDistrict)!.overdue).toBe(1)
    // A day on, the case due an hour ago is counted by its due date in the rollup.
    await later(1)
    expect((await expectAgreement()).dashboard.byDistrict.find((d) => d.district === farDistrict)!.overdue).toBe(1)
    expect(before.dashboard).toMatchObject({ satisfaction: 3, ratings: 2, confirmedFixedRate: 0.5 })

    // The demo store moves to the far store's district, its numbers with it.
    const from = await districtOf(DEMO_STORE)
    const to = await districtOf(FAR_STORE)
    const totalOf = (dash: Dashboard, district: string) => dash.byDistrict.find((d) => d.district === district)!.total
    expect((await sendJson(t.app, 'PATCH', `/api/admin/stores/${DEMO_STORE}`, { district: to }, admin.headers)).status).toBe(200)
    const moved = await expectAgreement()
    // The demo store has three cases: the closed one, the confirmed one and today’s report.
    expect(totalOf(moved.dashboard, from)).toBe(totalOf(before.dashboard, from) - 3)
    expect(totalOf(moved.dashboard, to)).toBe(totalOf(before.dashboard, to) + 3)
    expect(moved.districts.find((d) => d.district === to)).toMatchObject({ ratings: 2, satisfaction: 3 })

    // New cases count into the new district; moving back restores the first numbers.
    await submitCase(t, { createdAt: at() })
    expect(totalOf((await expectAgreement()).dashboard, to)).toBe(totalOf(before.dashboard, to) + 4)
    expect((await sendJson(t.app, 'PATCH', `/api/admin/stores/${DEMO_STORE}`, { district: from }, admin.headers)).status).toBe(200)
    expect(totalOf((await expectAgreement()).dashboard, from)).toBe(totalOf(before.dashboard, from) + 1)

    // A CSV import moves a store as the console does: the bursting store joins the far district.
    const other = await get<Record<string, string>>(`/api/admin/stores/${OTHER_STORE}`)
    const quoted = [OTHER_STORE, other.name, to, other.address, other.supervisorName, other.supervisorPhone, '是'].map((f) => `"${f!.replace(/"/g, '""')}"`)
    const imported = await t.app.request('/api/admin/stores/import?apply=1', {
      method: 'POST',
      headers: { ...admin.headers, 'content-type': 'text/csv' },
      body: `站点编号,名称,区,地址,专管员,专管员电话,在营\r\n${quoted.join(',')}\r\n`,
    })
    expect(imported.status).toBe(200)
    expect(await districtOf(OTHER_STORE)).toBe(to)
    const otherTotal = 1 + 6
    expect(totalOf((await expectAgreement()).dashboard, to)).toBe(totalOf(before.dashboard, to) + otherTotal)

    // Past the retention the closed and rejected cases lose their content, not their numbers.
    await later(31)
    expect((await purgeExpiredCases(t.deps)).cases).toBeGreaterThan(0)
    await expectAgreement()
  })

  it('adds up after submissions stored together, across stores, districts, kinds and no store', async () => {
    const stores = [DEMO_STORE, OTHER_STORE, FAR_STORE, null]
    const bodies = Array.from({ length: 40 }, (_, i) =>
      feedbackBody({ storeCode: stores[i % 4], ...(i % 5 === 0 ? { kind: 'praise', category: 'praise_service' } : {}), createdAt: at() }),
    )
    // Sent at once, they are stored in a few batches (server/cases/intake-batch.ts).
    const answers = await Promise.all(bodies.map((b) => postJson(t.app, '/api/feedback', b)))
    expect(answers.map((a) => a.status)).toEqual(bodies.map(() => 201))

    await expectAgreement()
    const perStore = await t.db.all<{ storeCode: string; n: number }>(
      `SELECT COALESCE(store_code, '') AS storeCode, COUNT(*) AS n FROM feedback GROUP BY 1 ORDER BY 1`,
    )
    expect(await t.db.all('SELECT store_code AS storeCode, total AS n FROM store_summary WHERE total > 0 ORDER BY 1')).toEqual(perStore)
    const kept = await keptRows()
    await t.db.transaction(async (tx) => {
      await tx.exec(BACKFILL)
    })
    expect(await keptRows()).toEqual(kept)
  })

  it('rebuilt by the migration’s backfill holds what the writes kept, district by district', async () => {
    await aMonthOfCases()
    expect((await sendJson(t.app, 'PATCH', `/api/admin/stores/${DEMO_STORE}`, { district: await districtOf(FAR_STORE) }, admin.headers)).status).toBe(200)
    await submitCase(t, { createdAt: at() })
    const kept = await keptRows()
    expect(kept.length).toBeGreaterThan(10)
    await t.db.transaction(async (tx) => {
      await tx.exec(BACKFILL)
    })
    expect(await keptRows()).toEqual(kept)
  })
})
