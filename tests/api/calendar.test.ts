// The centre loads next year's official schedule into the database; deadlines
// computed from then on skip its holidays and count its make-up working days.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createCalendarStore } from '../../server/calendar/calendar-store.ts'
import { readCalendarFiles } from '../../server/calendar/load-calendar.ts'
import { isWorkingDay } from '../../shared/working-days.ts'
import { loginSession, makeTestApp, postJson, sendJson, feedbackBody, type StaffSession, type TestApp } from '../helpers/test-app.ts'

// A made-up 2027 Spring Festival: Sat 6 – Sat 13 Feb off, Sun 14 Feb worked instead.
const SCHEDULE_2027 = { holidays: [{ name: '春节', from: '2027-02-06', to: '2027-02-13' }], workdays: ['2027-02-14'] }

describe('the holiday calendar held in the database', () => {
  let t: TestApp
  let admin: StaffSession
  beforeEach(async () => {
    // Fri 5 Feb 2027, 10:00 in China.
    t = await makeTestApp({ now: '2027-02-05T02:00:00.000Z' })
    admin = await loginSession(t.app)
  })
  afterEach(() => t.close())

  const complaint = async () => {
    const res = await postJson(t.app, '/api/feedback', feedbackBody({ createdAt: t.clock.now().toISOString() }))
    return ((await res.json()) as { dueAt: string }).dueAt
  }
  const putYear = (year: string, body: unknown) => sendJson(t.app, 'PUT', `/api/admin/calendar/${year}`, body, admin.headers)

  it('moves deadlines across a loaded holiday and counts its make-up working day', async () => {
    // Without 2027 in the calendar: 5 weekdays, Mon 8 – Fri 12 Feb.
    expect(await complaint()).toBe('2027-02-12T15:59:59.999Z')
    expect((await putYear('2027', SCHEDULE_2027)).status).toBe(200)
    // With it: Sun 14 (make-up), Mon 15, Tue 16, Wed 17, Thu 18 Feb.
    expect(await complaint()).toBe('2027-02-18T15:59:59.999Z')
  })

  it('lists the shipped years and the loaded ones, a loaded year replacing the file', async () => {
    await putYear('2027', SCHEDULE_2027)
    let years = await (await t.app.request('/api/admin/calendar', { headers: admin.headers })).json()
    expect(years.map((y: { year: number; source: string }) => [y.year, y.source])).toEqual([
      [2026, 'file'],
      [2027, 'db'],
    ])
    expect((await putYear('2026', { holidays: [], workdays: [] })).status).toBe(200)
    years = await (await t.app.request('/api/admin/calendar', { headers: admin.headers })).json()
    expect(years[0]).toEqual({ year: 2026, holidays: [], workdays: [], source: 'db' })
  })

  it('is read back from the database at the next start', async () => {
    await putYear('2027', SCHEDULE_2027)
    const restarted = await createCalendarStore(t.db, await readCalendarFiles())
    expect(isWorkingDay('2027-02-08', restarted.get())).toBe(false)
    expect(isWorkingDay('2027-02-14', restarted.get())).toBe(true)
    expect(isWorkingDay('2026-10-10', restarted.get())).toBe(true)
  })

  it('refuses dates outside the year and make-up days that are not weekend days, changing nothing', async () => {
    const res = await putYear('2027', { holidays: [{ name: '春节', from: '2026-02-06', to: '2027-02-13' }], workdays: ['2027-02-15'] })
    expect(res.status).toBe(400)
    expect((await res.json()).error.fields).toEqual({ 'holidays.0.from': 'invalid', 'workdays.0': 'invalid' })
    expect((await putYear('2027', { holidays: [{ name: '春节', from: '2027-02-13', to: '2027-02-06' }], workdays: [] })).status).toBe(400)
    const shortYear = await putYear('27', SCHEDULE_2027)
    expect(shortYear.status).toBe(400)
    expect((await shortYear.json()).error.fields).toEqual({ year: 'invalid' })
    const years = await (await t.app.request('/api/admin/calendar', { headers: admin.headers })).json()
    expect(years.map((y: { year: number }) => y.year)).toEqual([2026])
  })

  it('writes each change to the audit log', async () => {
    await putYear('2027', SCHEDULE_2027)
    const audit = await (await t.app.request('/api/admin/audit?action=calendar_changed', { headers: admin.headers })).json()
    expect(audit.items).toEqual([expect.objectContaining({ actor: 'admin', target: '2027' })])
  })
})
