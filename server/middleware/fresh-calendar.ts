// With several instances on one PostgreSQL database, the working-day
// calendar another instance changed is read again before a request that may
// compute a deadline (issue 14); one short query of a few rows. On SQLite
// one process serves the data and reloads the calendar when it changes it.
import type { MiddlewareHandler } from 'hono'
import type { AppDeps } from '../deps.ts'

export function freshCalendar(deps: AppDeps): MiddlewareHandler {
  return async (c, next) => {
    if (deps.db.engine === 'postgres' && (c.req.method !== 'GET' || c.req.path.startsWith('/api/admin/'))) await deps.calendar.refresh()
    await next()
  }
}
