import { listCases } from '../../api/staff.ts'
import { OPEN_PROBLEMS } from '../../../shared/staff-schemas.ts'
import { useLoad } from '../../state/staff-load.ts'
import { useLocale } from '../../state/staff-locale.ts'
import { CaseTable } from './CaseTable.tsx'
import { Link } from './Link.tsx'
import { Pending } from './Pending.tsx'

interface Props {
  code: string
}

/** A store's open cases, the nearest deadline first. */
export function StoreCases({ code }: Props) {
  const { t } = useLocale()
  const query = new URLSearchParams({ store: code, status: OPEN_PROBLEMS, sort: 'due', order: 'asc' }).toString()
  const { data, error } = useLoad(() => listCases(query), [query])
  return (
    <section aria-labelledby="store-cases-title">
      <h2 id="store-cases-title">{t('store.open_cases')}</h2>
      {!data ? <Pending error={error} /> : data.items.length === 0 ? <p>{t('cases.empty')}</p> : <CaseTable items={data.items} />}
      <p>
        <Link href={`/staff/cases?${new URLSearchParams({ store: code })}`}>{t('store.all_cases')}</Link>
      </p>
    </section>
  )
}
