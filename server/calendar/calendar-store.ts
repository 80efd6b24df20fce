// The working-day calendar the server computes deadlines with: the schedules
// shipped in server/calendar/cn-YYYY.json, overlaid by the years the centre
// loaded into the database (a year in the database replaces the file's). It
// is rebuilt at start-up and after every PUT /api/admin/calendar/:year; with
// several instances on PostgreSQL, another instance's PUT is seen by
// refresh(), which the requests and sweeps that compute deadlines call first.
import type { CalendarYear } from '../../shared/api-types.ts'
import { buildCalendar, type HolidayCalendar, type YearSchedule } from '../../shared/working-days.ts'
import type { Queryable } from '../db/database.ts'
import { listCalendarYears } from '../db/queries/calendar.ts'

export interface CalendarStore {
  get(): HolidayCalendar
  years(): CalendarYear[]
  /** Re-reads the database years and rebuilds the calendar. */
  reload(): Promise<void>
  /** Re-reads the database years and rebuilds the calendar only when they changed. */
  refresh(): Promise<void>
}

export async function createCalendarStore(db: Queryable, files: readonly YearSchedule[]): Promise<CalendarStore> {
  let calendar: HolidayCalendar = buildCalendar(files)
  let years: CalendarYear[] = []
  let read = ''
  const rebuild = (stored: readonly YearSchedule[]) => {
    const merged = new Map<number, CalendarYear>()
    for (const f of files) merged.set(f.year, { ...f, source: 'file' })
    for (const s of stored) merged.set(s.year, { ...s, source: 'db' })
    years = [...merged.values()].sort((a, b) => a.year - b.year)
    calendar = buildCalendar(years)
    read = JSON.stringify(stored)
  }
  const store: CalendarStore = {
    get: () => calendar,
    years: () => years,
    reload: async () => rebuild(await listCalendarYears(db)),
    async refresh() {
      const stored = await listCalendarYears(db)
      if (JSON.stringify(stored) !== read) rebuild(stored)
    },
  }
  await store.reload()
  return store
}
