// The store table's attention, last 7 days and overdue orders come from sort
// keys the database keeps "as of" one instant (issue 14). Whatever the clock
// does — a due date passing, China midnight, a case closed or given a new
// due date — every page must be in exactly the order the numbers on it say.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { moment } from '../../server/cases/case-summary.ts'
import { storeCase } from '../../server/cases/submit-feedback.ts'
import { catchUpSortKeys } from '../../server/stats/sort-keys.ts'
import type { Page, StoreStatsRow } from '../../shared/api-types.ts'
import { newFeedbackId, newReceipt } from '../../shared/receipt.ts'
import { allSortKeys, STORE_SUMMARY_REBUILD } from '../helpers/store-summaries.ts'
import { onPostgres } from '../helpers/test-database.ts'
import { loginSession, makeTestApp, sendJson, type StaffSession, type TestApp } from '../helpers/test-app.ts'

const HOUR = 3_600_000
const DAY = 24 * HOUR
// Monday 2026-11-30, 10:00 in China; China midnight is 16:00 UTC.
const MONDAY_10 = '2026-11-30T02:00:00.000Z'
type Sort = 'attention' | 'last7' | 'overdue'

describe('the store table ordered by time-dependent numbers', () => {
  let t: TestApp
  let admin: StaffSession
  beforeEach(async () => {
    t = await makeTestApp({ now: MONDAY_10 })
    admin = await loginSession(t.app)
  })
  afterEach(() => t.close())

  /** n complaints (or praise) to a store, received `receivedAgo` ms before the clock and due `dueIn` ms after it; their ids. */
  const seed = async (storeCode: string | null, n: number, receivedAgo: number, dueIn: number, praise = false): Promise<string[]> => {
    const now = t.clock.now().getTime()
    const at = new Date(now - receivedAgo).toISOString()
    const ids = Array.from({ length: n }, () => newFeedbackId())
    await t.db.transaction(async (tx) => {
      for (const id of ids) {
        await storeCase(tx, {
          id, receipt: newReceipt(), payloadHash: id, storeCode, kind: praise ? 'praise' : 'complaint', categoryId: praise ? 'praise_service' : 'service_attitude',
          message: '测试数据', contactName: null, contactPhone: null, anonymous: false, channel: 'qr',
          createdAt: at, receivedAt: at, dueAt: new Date(now + dueIn).toISOString(),
        })
      }
    })
    return ids
  }
  const page = async (query: string): Promise<Page<StoreStatsRow>> => {
    let res = await t.app.request(`/api/admin/stats/stores?${query}`, { headers: admin.headers })
    // The clock moved past the session's idle time: log in again.
    if (res.status === 401) {
      admin = await loginSession(t.app)
      res = await t.app.request(`/api/admin/stats/stores?${query}`, { headers: admin.headers })
    }
    expect(res.status).toBe(200)
    return res.json()
  }
  const allPages = async (query: string) => {
    const rows: StoreStatsRow[] = []
    for (let n = 1; ; n++) {
      const p = await page(`${query}&pageSize=25&page=${n}`)
      if (p.items.length === 0) return rows
      rows.push(...p.items)
    }
  }

  /**
   * Every page of the order is the registry (read page by page in registry
   * order) ranked by the numbers shown: largest first, then total, then
   * registry order. Returns the first `top` rows as [code, value].
   */
  const expectExactOrder = async (sort: Sort, district = '', top = 3) => {
    const filter = district ? `&district=${encodeURIComponent(district)}` : ''
    const registry = await allPages(`sort=district${filter}`)
    const expected = registry
      .map((row, i) => ({ row, i }))
      .sort((a, b) => b.row[sort] - a.row[sort] || b.row.total - a.row.total || a.i - b.i)
      .map((x) => x.row)
    const rows = await allPages(`sort=${sort}${filter}`)
    expect(rows).toEqual(expected)
    return rows.slice(0, top).map((r) => [r.storeCode, r[sort]])
  }

  it('moves a store up when a due date passes, and again when the next working day comes near', async () => {
    await seed('44010001', 1, HOUR, 2 * HOUR) // due soon now, overdue in three hours
    await seed('44010002', 2, HOUR, 3 * DAY) // due on Thursday: due soon from Wednesday morning
    await seed('44020001', 4, HOUR, 20 * DAY)
    // Open 1 + due soon 3 = 4; open 2; open 4 (ahead of the first on its larger total).
    expect(await expectExactOrder('attention')).toEqual([['44020001', 4], ['44010001', 4], ['44010002', 2]])
    expect(await expectExactOrder('overdue')).toEqual([['44020001', 0], ['44010002', 0], ['44010001', 0]])

    t.clock.advance(3 * HOUR)
    // Overdue: open 1 + overdue 10 = 11.
    expect(await expectExactOrder('attention')).toEqual([['44010001', 11], ['44020001', 4], ['44010002', 2]])
    expect(await expectExactOrder('overdue')).toEqual([['44010001', 1], ['44020001', 0], ['44010002', 0]])

    // Wednesday 01:00 in China: Thursday's due dates are within the end of the next working day.
    t.clock.set('2026-12-01T17:00:00.000Z')
    expect(await expectExactOrder('attention')).toEqual([['44010001', 11], ['44010002', 8], ['44020001', 4]])
    expect(await expectExactOrder('attention', '东城区', 2)).toEqual([['44010001', 11], ['44010002', 8]])
  })

  it('counts the last 7 days and the burst flag from the new China day after midnight', async () => {
    t.clock.set('2026-11-30T15:30:00.000Z') // 23:30 in China
    await seed('44010001', 5, 0, 20 * DAY) // five today: a burst
    await seed('44010002', 3, 6 * DAY, 20 * DAY) // six days ago: still in the last 7 days
    await seed('44010002', 4, 40 * DAY, 0, true) // praise: the largest total, never open
    await seed('44020001', 4, 2 * DAY, 20 * DAY)
    expect(await expectExactOrder('last7')).toEqual([['44010001', 5], ['44020001', 4], ['44010002', 3]])
    // Burst 20 + open 5; open 4; open 3.
    expect(await expectExactOrder('attention')).toEqual([['44010001', 25], ['44020001', 4], ['44010002', 3]])

    t.clock.advance(HOUR) // 00:30: yesterday's five are no burst, the six-day-old three drop out of the week
    expect(await expectExactOrder('last7')).toEqual([['44010001', 5], ['44020001', 4], ['44010002', 0]])
    expect(await expectExactOrder('attention')).toEqual([['44010001', 5], ['44020001', 4], ['44010002', 3]])
    // Two more today, counted by the write as of the new day.
    await seed('44020001', 2, 0, 20 * DAY)
    expect(await expectExactOrder('last7')).toEqual([['44020001', 6], ['44010001', 5], ['44010002', 0]])
    expect(await expectExactOrder('attention')).toEqual([['44020001', 6], ['44010001', 5], ['44010002', 3]])
    // A week on, nothing is in the last 7 days: the larger totals first.
    t.clock.advance(7 * DAY)
    expect(await expectExactOrder('last7')).toEqual([['44010002', 0], ['44020001', 0], ['44010001', 0]])
  })

  it('keeps the order exact when cases are closed, reopened as due later and given new due dates', async () => {
    const [overdue] = await seed('44010001', 1, 2 * DAY, -HOUR)
    const [later] = await seed('44010002', 1, HOUR, 10 * DAY)
    await seed('44020001', 2, HOUR, 10 * DAY)
    await seed(null, 1, HOUR, 10 * DAY)
    expect(await expectExactOrder('attention', '', 4)).toEqual([['44010001', 11], ['44020001', 2], ['44010002', 1], [null, 1]])

    const patch = async (id: string, body: object) =>
      expect((await sendJson(t.app, 'PATCH', `/api/admin/feedback/${id}`, body, admin.headers)).status).toBe(200)
    // Given a due date already past: overdue.
    await patch(later!, { dueAt: new Date(t.clock.now().getTime() - HOUR).toISOString(), reason: '已逾期' })
    expect(await expectExactOrder('attention', '', 4)).toEqual([['44010001', 11], ['44010002', 11], ['44020001', 2], [null, 1]])
    // Worked on and resolved: no longer open.
    await patch(overdue!, { status: 'in_progress' })
    await patch(overdue!, { status: 'resolved' })
    expect(await expectExactOrder('attention', '', 4)).toEqual([['44010002', 11], ['44020001', 2], [null, 1], ['44010001', 0]])
    expect(await expectExactOrder('overdue', '', 4)).toEqual([['44010002', 1], ['44020001', 0], ['44010001', 0], [null, 0]])
    // Due again tomorrow (due soon, 3) while in progress.
    await patch(later!, { status: 'in_progress', dueAt: new Date(t.clock.now().getTime() + 5 * HOUR).toISOString(), reason: '延期' })
    expect(await expectExactOrder('attention', '', 4)).toEqual([['44010002', 4], ['44020001', 2], [null, 1], ['44010001', 0]])
  })

  it('catches up to a moment once, and a second catch-up to it changes nothing', async () => {
    await seed('44010001', 2, HOUR, HOUR)
    const m = moment(t.clock.now(), t.deps.calendar.get())
    await catchUpSortKeys(t.db, m)
    const keys = await allSortKeys(t.db)
    await catchUpSortKeys(t.db, m)
    expect(await allSortKeys(t.db)).toEqual(keys)
    expect(keys.find((k) => k.storeCode === '44010001')).toMatchObject({ district: '东城区', dueSoon: 2, overdue: 0, last7: 2, attention: 8 })
  })

  // The backfill is SQLite's alone: a PostgreSQL database gets the rows from 0200_store_sort_keys.pg.sql with no cases to count.
  it.skipIf(onPostgres)('has the same keys after the migration backfill and a catch-up as the writes kept', async () => {
    await seed('44010001', 2, 3 * DAY, -HOUR)
    await seed('44010002', 6, 0, 2 * HOUR)
    await seed('44020001', 3, 10 * DAY, 5 * DAY)
    await seed(null, 2, 5 * DAY, 30 * DAY)
    await expectExactOrder('attention')
    t.clock.advance(2 * DAY + 3 * HOUR)
    await expectExactOrder('last7')
    const kept = await allSortKeys(t.db)
    expect(kept).toHaveLength(71)
    expect(kept.filter((k) => k.overdue + k.dueSoon + k.last7 + k.today + k.prior28 > 0).length).toBe(4)

    await t.db.transaction((tx) => tx.exec(STORE_SUMMARY_REBUILD))
    const rebuilt = await allSortKeys(t.db)
    expect(rebuilt.every((k) => k.overdue + k.dueSoon + k.last7 + k.today + k.prior28 === 0)).toBe(true)
    await catchUpSortKeys(t.db, moment(t.clock.now(), t.deps.calendar.get()))
    expect(await allSortKeys(t.db)).toEqual(kept)
  })
})
