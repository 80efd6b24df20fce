import { useEffect, useRef, useState } from 'preact/hooks'
import type { StoreDirectory } from '../../shared/api-types.ts'
import type { PickedStore, ReportPageData } from '../../shared/buyer-page-data.ts'
import { searchStores } from '../api/public.ts'
import { FeedbackFlow } from '../components/FeedbackFlow.tsx'
import { StorePicker } from '../components/StorePicker.tsx'
import { useLocale } from '../state/buyer-locale.ts'

interface Props {
  /** What the server rendered the page from (the search in the URL, or the store picked). */
  initial?: ReportPageData
}

/**
 * The centre-wide entry: the same form, with the store found by name, code
 * or address, or not given. Links and forms first, so it all works without
 * scripts; with them the search follows the typing.
 */
export function ReportPage({ initial }: Props) {
  const { t } = useLocale()
  const [picked, setPicked] = useState<PickedStore | null>(initial?.picked ?? null)
  const [q, setQ] = useState(initial?.search.q ?? '')
  const [district, setDistrict] = useState(initial?.search.district ?? '')
  const [page, setPage] = useState(initial?.search.page ?? 1)
  const [found, setFound] = useState<StoreDirectory | null>(initial?.found ?? null)
  // The server already answered the search in the URL.
  const answered = useRef(initial?.found != null)

  useEffect(() => {
    if (picked) return
    if (answered.current) {
      answered.current = false
      return
    }
    const timer = setTimeout(() => searchStores(q, district, page).then(setFound, () => setFound(null)), 200)
    return () => clearTimeout(timer)
  }, [q, district, page, picked])

  function pick(store: PickedStore | null) {
    setPicked(store)
    history.replaceState(null, '', store ? `?store=${store === 'none' ? 'none' : encodeURIComponent(store.code)}` : location.pathname)
  }

  return (
    <section>
      <h1>{t('report.title')}</h1>
      <p class="responsible">{t('play.responsible')}</p>
      <h2>{t('report.store')}</h2>
      {picked ? (
        <p class="picked">
          {picked === 'none' ? t('report.no_store') : `${picked.name}（${picked.code}）`}{' '}
          <a
            class="button"
            href="/report"
            onClick={(e) => {
              e.preventDefault()
              pick(null)
            }}
          >
            {t('report.change')}
          </a>
        </p>
      ) : (
        <StorePicker
          q={q}
          district={district}
          found={found}
          onSearch={(next) => {
            setQ(next.q)
            setDistrict(next.district)
            setPage(next.page)
          }}
          onPick={pick}
        />
      )}
      {picked && (
        <FeedbackFlow
          storeCode={picked === 'none' ? null : picked.code}
          storeName={picked === 'none' ? null : picked.name}
          channel="web"
          categories={initial?.categories}
          kind={initial?.kind}
          formId={initial?.picked ? initial.formId : undefined}
          echo={initial?.picked ? initial.echo : undefined}
        />
      )}
    </section>
  )
}
