// Dates and times as the centre reads them: China Standard Time (UTC+8, no
// daylight saving, so fixed arithmetic is exact). The one home for turning an
// instant into a China date or clock time and a China date back into instants;
// a "day" here is a YYYY-MM-DD string.

const CHINA_OFFSET_MS = 8 * 3_600_000
const DAY_MS = 86_400_000

/** The China calendar date (YYYY-MM-DD) of an instant. */
export function chinaDate(instant: Date | string): string {
  return new Date(new Date(instant).getTime() + CHINA_OFFSET_MS).toISOString().slice(0, 10)
}

/** `YYYY-MM-DD HH:MM` in China time, as staff write a time on paper or in a spreadsheet. */
export function chinaMinute(instant: Date | string): string {
  return new Date(new Date(instant).getTime() + CHINA_OFFSET_MS).toISOString().slice(0, 16).replace('T', ' ')
}

/** The instant a China day starts (00:00 China time). */
export function chinaDayStart(day: string): Date {
  return new Date(Date.parse(`${day}T00:00:00Z`) - CHINA_OFFSET_MS)
}

/** The last millisecond of a China day (23:59:59.999 China time). */
export function chinaDayEnd(day: string): Date {
  return new Date(chinaDayStart(day).getTime() + DAY_MS - 1)
}

/** The date n days after (or before, for negative n) a date. */
export function addDays(day: string, n: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10)
}

/** 0 for Sunday to 6 for Saturday. */
export function weekdayOf(day: string): number {
  return new Date(`${day}T00:00:00Z`).getUTCDay()
}

/** The Monday of the week a date falls in. */
export function mondayOf(day: string): string {
  return addDays(day, -((weekdayOf(day) + 6) % 7))
}

/** The hour of the day (0–23) of an instant in China time. */
export function chinaHour(instant: Date | string): number {
  return new Date(new Date(instant).getTime() + CHINA_OFFSET_MS).getUTCHours()
}
