import type { CaseCounts } from '../../../shared/api-types.ts'
import { CASE_STATUSES } from '../../../shared/enums.ts'
import { OPEN_PROBLEMS } from '../../../shared/staff-schemas.ts'
import { filtersQuery, type CaseFilters } from '../../state/staff-case-filters.ts'
import { useLocale } from '../../state/staff-locale.ts'
import { Link } from './Link.tsx'

interface Props {
  filters: CaseFilters
  counts: CaseCounts
}

/**
 * One tab per status with its count under the other filters; the flags as
 * two more. 未办结 are the open problems, praise left out, as on the dashboard.
 */
export function StatusTabs({ filters, counts }: Props) {
  const { t } = useLocale()
  const all = CASE_STATUSES.reduce((n, s) => n + (counts.byStatus[s] ?? 0), 0)
  const href = (change: CaseFilters) => `/staff/cases?${filtersQuery({ ...filters, ...change, page: undefined })}`
  return (
    <nav class="tabs" aria-label={t('cases.by_status')}>
      <ul>
        <li>
          <Link href={href({ status: undefined })} current={!filters.status}>
            {t('cases.all')} <span class="count">{all}</span>
          </Link>
        </li>
        <li>
          <Link href={href({ status: OPEN_PROBLEMS })} current={filters.status === OPEN_PROBLEMS}>
            {t('cases.open')} <span class="count">{counts.open}</span>
          </Link>
        </li>
        {CASE_STATUSES.map((s) => (
          <li key={s}>
            <Link href={href({ status: s })} current={filters.status === s}>
              {t(`status.${s}`)} <span class="count">{counts.byStatus[s] ?? 0}</span>
            </Link>
          </li>
        ))}
        <li class="flag-tab">
          <Link href={href({ assignee: filters.assignee === 'me' ? undefined : 'me' })} current={filters.assignee === 'me'}>
            {t('cases.mine')}
          </Link>
        </li>
        <li class="flag-tab">
          <Link href={href({ overdue: filters.overdue ? undefined : '1' })} current={!!filters.overdue}>
            {t('flag.overdue')} <span class="count">{counts.overdue}</span>
          </Link>
        </li>
        <li class="flag-tab">
          <Link href={href({ dueSoon: filters.dueSoon ? undefined : '1' })} current={!!filters.dueSoon}>
            {t('flag.due_soon')} <span class="count">{counts.dueSoon}</span>
          </Link>
        </li>
        <li class="flag-tab">
          <Link href={href({ ackOverdue: filters.ackOverdue ? undefined : '1' })} current={!!filters.ackOverdue}>
            {t('flag.ack_overdue')} <span class="count">{counts.ackOverdue}</span>
          </Link>
        </li>
      </ul>
    </nav>
  )
}
