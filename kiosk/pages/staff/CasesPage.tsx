import { CENTRE_STAFF } from '../../../shared/role-sets.ts'
import { useEffect, useState } from 'preact/hooks'
import { casesCsvUrl, listCases } from '../../api/staff.ts'
import { BulkBar } from '../../components/staff/BulkBar.tsx'
import { CaseFilterForm } from '../../components/staff/CaseFilterForm.tsx'
import { CaseTable } from '../../components/staff/CaseTable.tsx'
import { Pager } from '../../components/staff/Pager.tsx'
import { Pending } from '../../components/staff/Pending.tsx'
import { StatusTabs } from '../../components/staff/StatusTabs.tsx'
import { filtersQuery, readFilters, rememberInbox, type CaseFilters } from '../../state/staff-case-filters.ts'
import { useLoad } from '../../state/staff-load.ts'
import { useLocale } from '../../state/staff-locale.ts'
import { useRouter } from '../../state/staff-router.tsx'
import { useUser } from '../../state/staff-session.tsx'

/** The inbox: every case the user may see, filtered by what is in the URL. */
export function CasesPage() {
  const { t } = useLocale()
  const { query, navigate } = useRouter()
  const user = useUser()
  const filters = readFilters(query)
  const apiQuery = filtersQuery(filters)
  const csvQuery = filtersQuery(filters, ['page'])
  // Full contact data in an export is for centre staff only, and audited.
  const mayReveal = CENTRE_STAFF.includes(user.role)
  const { data, error, reload } = useLoad(() => listCases(apiQuery), [apiQuery])
  useEffect(() => rememberInbox(`/staff/cases${apiQuery ? `?${apiQuery}` : ''}`), [apiQuery])
  // The selection is of this page's rows: another page or filter starts afresh.
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set())
  useEffect(() => setSelected(new Set()), [apiQuery])
  const items = data?.items ?? []
  const selection = {
    ids: selected,
    toggle: (id: string) =>
      setSelected((now) => {
        const next = new Set(now)
        if (!next.delete(id)) next.add(id)
        return next
      }),
    toggleAll: () => setSelected((now) => (items.every((c) => now.has(c.id)) ? new Set() : new Set(items.map((c) => c.id)))),
  }
  const afterBulk = () => {
    setSelected(new Set())
    reload()
  }
  const go = (next: CaseFilters) => navigate(`/staff/cases${filtersQuery(next) ? `?${filtersQuery(next)}` : ''}`)

  return (
    <>
      <h1>
        {t('nav.cases')} {data && <small>{t('cases.total', { n: data.total })}</small>}
      </h1>
      <CaseFilterForm key={apiQuery} filters={filters} onApply={go} />
      {data && <StatusTabs filters={filters} counts={data.counts} />}
      <p class="export">
        <a href={casesCsvUrl(csvQuery)} download>
          {t('cases.export')}
        </a>
        {mayReveal && (
          <>
            {' · '}
            <a href={casesCsvUrl(`${csvQuery}${csvQuery ? '&' : ''}reveal=1`)} download>
              {t('cases.export_full')}
            </a>
          </>
        )}
      </p>
      {data && <BulkBar selected={items.filter((c) => selected.has(c.id))} onDone={afterBulk} />}
      {!data ? (
        <Pending error={error} />
      ) : data.items.length === 0 ? (
        <p>{t('cases.empty')}</p>
      ) : (
        <>
          <CaseTable items={data.items} selection={selection} />
          <Pager page={data.page} pageSize={data.pageSize} total={data.total} onPage={(page) => go({ ...filters, page: String(page) })} />
        </>
      )}
    </>
  )
}
