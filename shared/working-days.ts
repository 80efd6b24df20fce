// Working-day arithmetic for deadlines. A day is a working day unless it is a
// weekend or a public holiday, except that the State Council moves some
// weekend days to working days (调休) to bridge a holiday. Dates are the
// calendar dates in China (UTC+8, no daylight saving).
import { addDays, chinaDate, chinaDayEnd, weekdayOf } from './china-time.ts'

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


export function buildCalendar(schedules: readonly YearSchedule[]): HolidayCalendar {
  const daysOff = new Set<string>()
  const workdays = new Set<string>()
  for (const s of schedules) {
    for (const h of s.holidays) {
      for (let d = h.from; d <= h.to; d = addDays(d, 1)) daysOff.add(d)
    }
    for (const w of s.workdays) workdays.add(w)
  }
  return { daysOff, workdays }
}

export function isWorkingDay(date: string, cal: HolidayCalendar): boolean {
  if (cal.workdays.has(date)) return true
  if (cal.daysOff.has(date)) return false
  const weekday = weekdayOf(date)
  return weekday !== 0 && weekday !== 6
}

// Every submission's deadline is computed, and those arriving together were
// received on the same day or two: each calendar keeps the deadlines it has
// computed, per day received and number of days (a few hundred at most).
const deadlines = new WeakMap<HolidayCalendar, Map<string, number>>()
const DEADLINES_KEPT = 10_000

/**
 * The deadline for something received at `from` with `days` working days to
 * answer: the end (23:59:59.999 China time) of the `days`-th working day
 * after the day it was received.
 */
export function addWorkingDays(from: Date, days: number, cal: HolidayCalendar): Date {
  const received = chinaDate(from)
  let kept = deadlines.get(cal)
  if (!kept || kept.size >= DEADLINES_KEPT) deadlines.set(cal, (kept = new Map()))
  const key = `${received} ${days}`
  let end = kept.get(key)
  if (end === undefined) {
    let day = received
    let left = days
    while (left > 0) {
      day = addDays(day, 1)
      if (isWorkingDay(day, cal)) left--
    }
    end = chinaDayEnd(day).getTime()
    kept.set(key, end)
  }
  return new Date(end)
}
