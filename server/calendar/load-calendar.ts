import { readdir, readFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import { scheduleMisfits, yearScheduleFileSchema } from '../../shared/holiday-schedule.ts'
import { parseWith } from '../../shared/schemas.ts'
import { buildCalendar, type HolidayCalendar, type YearSchedule } from '../../shared/working-days.ts'

const CALENDAR_DIR = fileURLToPath(new URL('./', import.meta.url))

/**
 * Every year's official schedule shipped beside this file (cn-YYYY.json),
 * checked like an upload: a wrong file would silently move every deadline,
 * so the server refuses to start and names the file and the field.
 */
export async function readCalendarFiles(dir = CALENDAR_DIR): Promise<YearSchedule[]> {
  const files = (await readdir(dir)).filter((f) => /^cn-\d{4}\.json$/.test(f)).sort()
  return Promise.all(files.map(async (f) => readScheduleFile(dir + f, f)))
}

async function readScheduleFile(path: string, name: string): Promise<YearSchedule> {
  let json: unknown
  try {
    json = JSON.parse(await readFile(path, 'utf8'))
  } catch {
    throw new Error(`${name} is not valid JSON`)
  }
  const parsed = parseWith(yearScheduleFileSchema, json)
  const fields = parsed.ok ? scheduleMisfits(parsed.value.year, parsed.value) : parsed.fields
  if (!parsed.ok || Object.keys(fields).length) {
    throw new Error(`${name} is not a holiday schedule: ${Object.entries(fields).map(([k, v]) => `${k} ${v}`).join(', ')}`)
  }
  if (`cn-${parsed.value.year}.json` !== name) throw new Error(`${name} holds the schedule of ${parsed.value.year}`)
  const { year, holidays, workdays } = parsed.value
  return { year, holidays, workdays }
}

/** The calendar of the shipped files alone. */
export async function loadCalendar(dir = CALENDAR_DIR): Promise<HolidayCalendar> {
  return buildCalendar(await readCalendarFiles(dir))
}
