import { listCalendar } from '../../api/staff.ts'
import { useLoad } from '../../state/staff-load.ts'
import { useLocale } from '../../state/staff-locale.ts'
import { CalendarUpload } from './CalendarUpload.tsx'
import { Pending } from './Pending.tsx'

/** The holiday schedules deadlines are counted with, and the upload of a new year. */
export function CalendarYears() {
  const { t } = useLocale()
  const { data, error, reload } = useLoad(listCalendar, [])
  return (
    <section aria-labelledby="calendar-title">
      <h2 id="calendar-title">{t('calendar.title')}</h2>
      {!data ? (
        <Pending error={error} />
      ) : (
        <table class="calendar">
          <thead>
            <tr>
              <th scope="col">{t('calendar.year')}</th>
              <th scope="col">{t('calendar.holidays')}</th>
              <th scope="col">{t('calendar.workdays')}</th>
              <th scope="col">{t('calendar.source')}</th>
            </tr>
          </thead>
          <tbody>
            {data.map((y) => (
              <tr key={y.year}>
                <th scope="row">{y.year}</th>
                <td>{y.holidays.map((h) => `${h.name} ${h.from.slice(5)}–${h.to.slice(5)}`).join('；')}</td>
                <td>{y.workdays.map((d) => d.slice(5)).join('、') || '—'}</td>
                <td>{t(`calendar.source_${y.source}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <CalendarUpload onDone={reload} />
    </section>
  )
}
