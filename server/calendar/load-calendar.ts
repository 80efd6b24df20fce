import { readdir, readFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import { buildCalendar, type HolidayCalendar, type YearSchedule } from '../../shared/working-days.ts'

const CALENDAR_DIR = fileURLToPath(new URL('./', import.meta.url))

/** Every year's official schedule shipped beside this file (cn-YYYY.json). */
export async function readCalendarFiles(dir = CALENDAR_DIR): Promise<YearSchedule[]> {
  const files = (await readdir(dir)).filter((f) => /^cn-\d{4}\.json$/.test(f)).sort()
  return Promise.all(
    files.map(async (f) => {
      const { year, holidays, workdays } = JSON.parse(await readFile(dir + f, 'utf8')) as YearSchedule
      return { year, holidays, workdays }
    }),
  )
}

/** The calendar of the shipped files alone. */
export async function loadCalendar(dir = CALENDAR_DIR): Promise<HolidayCalendar> {
  return buildCalendar(await readCalendarFiles(dir))
}
