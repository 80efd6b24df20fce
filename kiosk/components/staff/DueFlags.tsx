import { useLocale } from '../../state/staff-locale.ts'

interface Props {
  overdue: boolean
  dueSoon: boolean
  /** Still new after the acknowledge-within-one-working-day SLA. */
  ackOverdue?: boolean
  updated?: boolean
}

/** The badges that make a case stand out in a list: late, nearly late, reporter wrote again. */
export function DueFlags({ overdue, dueSoon, ackOverdue, updated }: Props) {
  const { t } = useLocale()
  return (
    <>
      {overdue && <span class="flag overdue-flag">{t('flag.overdue')}</span>}
      {!overdue && dueSoon && <span class="flag due-soon-flag">{t('flag.due_soon')}</span>}
      {ackOverdue && <span class="flag ack-flag">{t('flag.ack_overdue')}</span>}
      {updated && <span class="flag updated-flag">{t('flag.reporter_update')}</span>}
    </>
  )
}
