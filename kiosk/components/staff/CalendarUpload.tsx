import { useState } from 'preact/hooks'
import { yearScheduleFileSchema } from '../../../shared/holiday-schedule.ts'
import { parseWith } from '../../../shared/schemas.ts'
import { putCalendar } from '../../api/staff.ts'
import { useAction, validated } from '../../state/staff-action.ts'
import { useLocale } from '../../state/staff-locale.ts'
import { ApiProblem } from './ApiProblem.tsx'

interface Props {
  onDone(): void
}

/**
 * The file read with the shipped files' own schema. Null when it is not a
 * year's schedule at all (not JSON, no year); a bad date or list is left to
 * the schema's field errors, shown like the server's.
 */
function readSchedule(text: string): { json: unknown } | null {
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    return null
  }
  const parsed = parseWith(yearScheduleFileSchema, json)
  return parsed.ok || !('_' in parsed.fields || 'year' in parsed.fields) ? { json } : null
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
    let year = 0
    const sent = await action.run(() => {
      const { holidays, workdays, ...file } = validated(yearScheduleFileSchema, schedule.json)
      year = file.year
      return putCalendar(year, { holidays, workdays })
    })
    if (sent) setLoaded(year)
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
