import type { YearSchedule } from '../../../shared/working-days.ts'
import type { Queryable } from '../database.ts'

export async function listCalendarYears(db: Queryable): Promise<YearSchedule[]> {
  const rows = await db.all<{ schedule: string }>('SELECT schedule FROM calendar_years ORDER BY year')
  return rows.map((r) => JSON.parse(r.schedule) as YearSchedule)
}

export async function putCalendarYear(db: Queryable, s: YearSchedule, now: string, by: string): Promise<void> {
  await db.run(
    `INSERT INTO calendar_years (year, schedule, updated_at, updated_by) VALUES (?, ?, ?, ?)
     ON CONFLICT (year) DO UPDATE SET schedule = excluded.schedule, updated_at = excluded.updated_at, updated_by = excluded.updated_by`,
    [s.year, JSON.stringify(s), now, by],
  )
}
