// The working-day calendar: the shipped schedules plus the years the centre
// loads each December when the State Council publishes the next year's.
import { Hono } from 'hono'
import type { CalendarYear } from '../../../shared/api-types.ts'
import { calendarYearSchema } from '../../../shared/staff-schemas.ts'
import type { FieldError } from '../../../shared/api-error.ts'
import { ApiError } from '../../api-error.ts'
import { appendAudit } from '../../db/queries/audit.ts'
import { putCalendarYear } from '../../db/queries/calendar.ts'
import type { AppDeps, AppEnv } from '../../deps.ts'
import { jsonBody } from '../../middleware/json-body.ts'

const isWeekend = (date: string) => [0, 6].includes(new Date(`${date}T00:00:00Z`).getUTCDay())

export function adminCalendarRoutes(deps: AppDeps) {
  const app = new Hono<AppEnv>()

  app.get('/', (c) => c.json<CalendarYear[]>(deps.calendar.years()))

  app.put('/:year', jsonBody(calendarYearSchema), async (c) => {
    const year = Number(c.req.param('year'))
    if (!/^\d{4}$/.test(c.req.param('year')) || year < 2000 || year > 2100) {
      throw new ApiError(404, 'not_found', 'The year must be from 2000 to 2100')
    }
    const input = c.req.valid('json')
    const fields: Record<string, FieldError> = {}
    input.holidays.forEach((h, i) => {
      if (!h.from.startsWith(`${year}-`)) fields[`holidays.${i}.from`] = 'invalid'
      if (!h.to.startsWith(`${year}-`) && !h.to.startsWith(`${year + 1}-01-`)) fields[`holidays.${i}.to`] = 'invalid'
    })
    // A make-up working day (调休) is always a weekend day of that year.
    input.workdays.forEach((d, i) => {
      if (!d.startsWith(`${year}-`) || !isWeekend(d)) fields[`workdays.${i}`] = 'invalid'
    })
    if (Object.keys(fields).length) throw new ApiError(400, 'validation_failed', 'Some dates are not in this year or not a weekend', fields)
    const now = deps.clock.now().toISOString()
    const actor = c.get('user').username
    await deps.db.transaction(async (tx) => {
      await putCalendarYear(tx, { year, ...input }, now, actor)
      await appendAudit(tx, { at: now, actor, action: 'calendar_changed', target: String(year), detail: { holidays: input.holidays.length, workdays: input.workdays.length } })
    })
    await deps.calendar.reload()
    return c.json<CalendarYear>(deps.calendar.years().find((y) => y.year === year)!)
  })

  return app
}
