import { CalendarYears } from '../../components/staff/CalendarYears.tsx'
import { CategorySlaTable } from '../../components/staff/CategorySlaTable.tsx'
import { useLocale } from '../../state/staff-locale.ts'

/** The data deadlines are computed from: category SLAs and the holiday calendar. */
export function SettingsPage() {
  const { t } = useLocale()
  return (
    <>
      <h1>{t('nav.settings')}</h1>
      <CategorySlaTable />
      <CalendarYears />
    </>
  )
}
