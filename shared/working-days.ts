// Working-day arithmetic for deadlines. A day is a working day unless it is a
// weekend or a public holiday, except that the State Council moves some
// weekend days to working days (调休) to bridge a holiday. Dates are the
// calendar dates in China (UTC+8, no daylight saving).

export interface HolidayCalendar {
  /** YYYY-MM-DD dates that are days off although they may be weekdays. */
  daysOff: ReadonlySet<string>
  /** YYYY-MM-DD weekend dates that are working days. */
  workdays: ReadonlySet<string>
}

export interface YearSchedule {
  year: number
  holidays: { name: string; from: string; to: string }[]
  workdays: string[]
}

const CHINA_OFFSET_MS = 8 * 3600_000
const DAY_MS = 86_400_000

export function buildCalendar(schedules: readonly YearSchedule[]): HolidayCalendar {
  const daysOff = new Set<string>()
  const workdays = new Set<string>()
  for (const s of schedules) {
    for (const h of s.holidays) {
      for (let d = Date.parse(`${h.from}T00:00:00Z`); d <= Date.parse(`${h.to}T00:00:00Z`); d += DAY_MS) {
        daysOff.add(new Date(d).toISOString().slice(0, 10))
      }
    }
    for (const w of s.workdays) workdays.add(w)
  }
  return { daysOff, workdays }
}

/** The China calendar date (YYYY-MM-DD) of an instant. */
export function chinaDate(instant: Date): string {
  return new Date(instant.getTime() + CHINA_OFFSET_MS).toISOString().slice(0, 10)
}

export function isWorkingDay(date: string, cal: HolidayCalendar): boolean {
  if (cal.workdays.has(date)) return true
  if (cal.daysOff.has(date)) return false
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay()
  return weekday !== 0 && weekday !== 6
}

/**
 * The deadline for something received at `from` with `days` working days to
 * answer: the end (23:59:59.999 China time) of the `days`-th working day
 * after the day it was received.
 */
export function addWorkingDays(from: Date, days: number, cal: HolidayCalendar): Date {
  let t = Date.parse(`${chinaDate(from)}T00:00:00Z`)
  let left = days
  while (left > 0) {
    t += DAY_MS
    if (isWorkingDay(new Date(t).toISOString().slice(0, 10), cal)) left--
  }
  return new Date(t + DAY_MS - 1 - CHINA_OFFSET_MS)
}
