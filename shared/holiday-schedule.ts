// A year's official holiday schedule (国务院办公厅 notice): the holidays and
// the weekend days that are working days (调休). One schema for the file
// shipped in server/calendar/, the year the centre uploads in the console
// and the PUT body behind it.
import * as v from 'valibot'
import type { FieldError } from './api-error.ts'

const code = (c: FieldError) => c

const isoDate = v.pipe(v.string(code('invalid')), v.isoDate(code('invalid')))
const holidayName = v.pipe(v.string(code('invalid')), v.trim(), v.minLength(1, code('required')), v.maxLength(80, code('too_long')))

export const YEAR_MIN = 2000
export const YEAR_MAX = 2100

/** The schedule without its year, as the console sends it to PUT /api/admin/calendar/:year. */
export const holidayScheduleSchema = v.strictObject({
  holidays: v.pipe(
    v.array(
      v.pipe(
        v.strictObject({ name: holidayName, from: isoDate, to: isoDate }),
        v.forward(v.check((h) => h.from <= h.to, code('invalid')), ['to']),
      ),
      code('invalid'),
    ),
    v.maxLength(40, code('too_long')),
  ),
  workdays: v.pipe(v.array(isoDate, code('invalid')), v.maxLength(40, code('too_long'))),
})
export type HolidayScheduleInput = v.InferOutput<typeof holidayScheduleSchema>

const yearSchema = v.pipe(v.number(code('invalid')), v.integer(code('invalid')), v.minValue(YEAR_MIN, code('invalid')), v.maxValue(YEAR_MAX, code('invalid')))

/** The year in the URL of PUT /api/admin/calendar/:year. */
export const calendarYearParamSchema = v.object({
  year: v.pipe(v.string(code('invalid')), v.regex(/^\d{4}$/, code('invalid')), v.transform(Number), yearSchema),
})

/** A shipped file, server/calendar/cn-YYYY.json; `source` names the notice it was copied from. */
export const yearScheduleFileSchema = v.strictObject({
  year: yearSchema,
  source: v.optional(v.string(code('invalid'))),
  ...holidayScheduleSchema.entries,
})

const isWeekend = (date: string) => [0, 6].includes(new Date(`${date}T00:00:00Z`).getUTCDay())

/**
 * The dates that do not belong to the year: a holiday starts in it (and may
 * run into early January of the next), and a make-up working day is always
 * a weekend day of that year.
 */
export function scheduleMisfits(year: number, schedule: HolidayScheduleInput): Record<string, FieldError> {
  const fields: Record<string, FieldError> = {}
  schedule.holidays.forEach((h, i) => {
    if (!h.from.startsWith(`${year}-`)) fields[`holidays.${i}.from`] = 'invalid'
    if (!h.to.startsWith(`${year}-`) && !h.to.startsWith(`${year + 1}-01-`)) fields[`holidays.${i}.to`] = 'invalid'
  })
  schedule.workdays.forEach((d, i) => {
    if (!d.startsWith(`${year}-`) || !isWeekend(d)) fields[`workdays.${i}`] = 'invalid'
  })
  return fields
}
