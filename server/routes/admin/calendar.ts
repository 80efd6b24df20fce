// The working-day calendar: the shipped schedules plus the years the centre
// loads each December when the State Council publishes the next year's.
import { Hono } from 'hono'
import type { CalendarYear } from '../../../shared/api-types.ts'
import { calendarYearParamSchema, holidayScheduleSchema, scheduleMisfits } from '../../../shared/holiday-schedule.ts'
import { ApiError } from '../../api-error.ts'
import { appendAudit } from '../../db/queries/audit.ts'
import { putCalendarYear } from '../../db/queries/calendar.ts'
import type { AppDeps, AppEnv } from '../../deps.ts'
import { jsonBody } from '../../middleware/json-body.ts'
import { pathParams } from '../../middleware/path-params.ts'

export function adminCalendarRoutes(deps: AppDeps) {
  const app = new Hono<AppEnv>()

  app.get('/', (c) => c.json<CalendarYear[]>(deps.calendar.years()))

  app.put('/:year', pathParams(calendarYearParamSchema), jsonBody(holidayScheduleSchema), async (c) => {
    const { year } = c.req.valid('param')
    const input = c.req.valid('json')
    const fields = scheduleMisfits(year, input)
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
