import { useState } from 'preact/hooks'
import { holidayScheduleSchema } from '../../../shared/holiday-schedule.ts'
import { putCalendar } from '../../api/staff.ts'
import { useAction, validated } from '../../state/staff-action.ts'
import { useLocale } from '../../state/staff-locale.ts'
import { ApiProblem } from './ApiProblem.tsx'

interface Props {
  onDone(): void
}

interface Schedule {
  year: number
  holidays: unknown
  workdays: unknown
}

/** The file's year and lists, or null when it is not JSON with a year; the lists are checked by the schema. */
function readSchedule(text: string): Schedule | null {
  try {
    const value: unknown = JSON.parse(text)
    if (typeof value !== 'object' || value === null) return null
    const { year, holidays, workdays } = value as Record<string, unknown>
    return Number.isInteger(year) ? { year: year as number, holidays, workdays } : null
  } catch {
    return null
  }
}

/** Loads a year's official holiday schedule (the same JSON as server/calendar/cn-YYYY.json). */
export function CalendarUpload({ onDone }: Props) {
  const { t } = useLocale()
  const [unreadable, setUnreadable] = useState(false)
  const [loaded, setLoaded] = useState<number | null>(null)
  const action = useAction(onDone)

  async function submit(e: Event) {
    e.preventDefault()
    setLoaded(null)
    const file = new FormData(e.currentTarget as HTMLFormElement).get('file')
    const schedule = file instanceof File ? readSchedule(await file.text()) : null
    setUnreadable(!schedule)
    if (!schedule) return
    const { year, holidays, workdays } = schedule
    if (await action.run(() => putCalendar(year, validated(holidayScheduleSchema, { holidays, workdays })))) setLoaded(year)
  }

  return (
    <form class="action" onSubmit={submit}>
      <h3>{t('calendar.upload')}</h3>
      <label for="calendar-file">{t('calendar.file')}</label>
      <input id="calendar-file" name="file" type="file" accept=".json,application/json" required aria-describedby="calendar-hint" />
      <p class="hint" id="calendar-hint">{t('calendar.hint')}</p>
      <button type="submit" disabled={action.busy}>{t('calendar.load')}</button>
      {unreadable && <p role="alert" class="form-error">{t('calendar.unreadable')}</p>}
      {loaded !== null && <p role="status">{t('calendar.loaded', { year: loaded })}</p>}
      <ApiProblem error={action.error} />
    </form>
  )
}
