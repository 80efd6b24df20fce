import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { loadCalendar } from '../server/calendar/load-calendar.ts'
import { chinaDate } from './china-time.ts'
import { addWorkingDays, buildCalendar, isWorkingDay } from './working-days.ts'

// The official schedule as published, an independent copy kept as a test
// fixture (tests/fixtures/README.md says where it comes from).
const reference = JSON.parse(readFileSync(new URL('../tests/fixtures/cn-holidays-2026.json', import.meta.url), 'utf8')) as {
  daysOff: string[]
  makeUpWorkdays: string[]
}

describe('working-day calendar', async () => {
  const cal = await loadCalendar()

  it('agrees with the official 2026 schedule on every day of the year', () => {
    for (let t = Date.parse('2026-01-01T00:00:00Z'); t < Date.parse('2027-01-01T00:00:00Z'); t += 86_400_000) {
      const date = new Date(t).toISOString().slice(0, 10)
      const weekday = new Date(t).getUTCDay()
      const expected = reference.makeUpWorkdays.includes(date)
        ? true
        : !reference.daysOff.includes(date) && weekday !== 0 && weekday !== 6
      expect(isWorkingDay(date, cal), date).toBe(expected)
    }
  })

  it('skips the National Day holiday and counts its make-up Saturday', () => {
    // Received Wed 30 Sep (China time); 1–7 Oct are off; Thu 8 Oct is day 1,
    // Fri 9 Oct day 2, Sat 10 Oct (调休) day 3.
    const received = new Date('2026-09-30T03:00:00Z')
    expect(chinaDate(addWorkingDays(received, 1, cal))).toBe('2026-10-08')
    expect(chinaDate(addWorkingDays(received, 3, cal))).toBe('2026-10-10')
    expect(addWorkingDays(received, 3, cal).toISOString()).toBe('2026-10-10T15:59:59.999Z')
  })

  it('uses the China date, not the UTC date', () => {
    // 17:00 UTC on Fri 2 Jan is already Sat 3 Jan in China; Sun 4 Jan is a make-up working day.
    expect(chinaDate(addWorkingDays(new Date('2026-01-02T17:00:00Z'), 1, cal))).toBe('2026-01-04')
  })

  it('spans the Spring Festival break', () => {
    // Fri 13 Feb + 1: Sat 14 Feb is a make-up working day; then the break runs 15–23 Feb.
    expect(chinaDate(addWorkingDays(new Date('2026-02-13T02:00:00Z'), 1, cal))).toBe('2026-02-14')
    expect(chinaDate(addWorkingDays(new Date('2026-02-13T02:00:00Z'), 2, cal))).toBe('2026-02-24')
  })

  it('keeps each calendar\'s deadlines apart: a new schedule moves a deadline another calendar has computed', () => {
    // Received Fri 4 Dec 2026 (China time); with no holidays Mon 7 Dec is day 1.
    const received = new Date('2026-12-04T02:00:00Z')
    const plain = buildCalendar([])
    expect(chinaDate(addWorkingDays(received, 1, plain))).toBe('2026-12-07')
    const withDayOff = buildCalendar([{ year: 2026, holidays: [{ name: 'test', from: '2026-12-07', to: '2026-12-07' }], workdays: [] }])
    expect(chinaDate(addWorkingDays(received, 1, withDayOff))).toBe('2026-12-08')
    expect(chinaDate(addWorkingDays(received, 1, plain))).toBe('2026-12-07')
    // A later hour of the same day has the same deadline, handed out as a Date of its own.
    const again = addWorkingDays(new Date('2026-12-04T09:00:00Z'), 1, plain)
    again.setTime(0)
    expect(addWorkingDays(received, 1, plain).toISOString()).toBe('2026-12-07T15:59:59.999Z')
  })
})
