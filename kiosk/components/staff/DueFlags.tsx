import { useLocale } from '../../state/staff-locale.ts'

interface Props {
  overdue: boolean
  dueSoon: boolean
  /** Still new after the acknowledge-within-one-working-day SLA. */
  ackOverdue?: boolean
  updated?: boolean
  /** The reporter said the last resolution did not fix it. */
  notFixed?: boolean
}

/** The badges that make a case stand out in a list: late, nearly late, reporter wrote again. */
export function DueFlags({ overdue, dueSoon, ackOverdue, updated, notFixed }: Props) {
  const { t } = useLocale()
  return (
    <>
      {overdue && <span class="flag overdue-flag">{t('flag.overdue')}</span>}
      {!overdue && dueSoon && <span class="flag due-soon-flag">{t('flag.due_soon')}</span>}
      {ackOverdue && <span class="flag ack-flag">{t('flag.ack_overdue')}</span>}
      {updated && <span class="flag updated-flag">{t('flag.reporter_update')}</span>}
      {notFixed && <span class="flag not-fixed-flag">{t('case.not_fixed')}</span>}
    </>
  )
}
