import { useEffect, useState } from 'preact/hooks'
import type { PublicStore } from '../../shared/api-types.ts'
import type { BuyerPageData } from '../../shared/buyer-page-data.ts'
import type { FeedbackKind } from '../../shared/enums.ts'
import { ApiFailure } from '../api/client.ts'
import { loadStore } from '../api/public.ts'
import { FeedbackFlow } from '../components/FeedbackFlow.tsx'
import { KindActions } from '../components/KindActions.tsx'
import { NoticeList } from '../components/NoticeList.tsx'
import { RatingFaces } from '../components/RatingFaces.tsx'
import { StoreHeader } from '../components/StoreHeader.tsx'
import { useLocale } from '../state/buyer-locale.ts'
import { StoreMissing } from './StoreMissing.tsx'

interface Props {
  code: string
  /** What the server rendered the page from; without it the store is fetched. */
  initial?: Extract<BuyerPageData, { page: 'store' }> | undefined
}

export function StorePage({ code, initial }: Props) {
  const { t } = useLocale()
  const [store, setStore] = useState<PublicStore | null>(initial?.store ?? null)
  const [problem, setProblem] = useState<'not_found' | 'network' | null>(null)
  const [kind, setKind] = useState<FeedbackKind | null>(initial?.echo?.kind ?? initial?.kind ?? null)

  useEffect(() => {
    if (initial) return
    loadStore(code, new URLSearchParams(location.search).get('v')).then(setStore, (err: unknown) =>
      setProblem(err instanceof ApiFailure && (err.status === 404 || err.status === 400) ? 'not_found' : 'network'),
    )
  }, [code, initial])

  if (problem === 'not_found') return <StoreMissing />
  if (problem === 'network') return <p role="alert">{t(navigator.onLine ? 'error.network' : 'offline.needs_network')}</p>
  if (!store) return <p>{t('loading')}</p>
  return (
    <>
      <StoreHeader store={store} />
      {store.active ? (
        <>
          <KindActions kind={kind} onPick={setKind} />
          <RatingFaces
            storeCode={store.code}
            channel="qr"
            ratingId={initial?.formId}
            rated={initial?.rated}
            onLow={() => {
              setKind('complaint')
              document.getElementById('form')?.scrollIntoView()
            }}
          />
          <FeedbackFlow
            storeCode={store.code}
            storeName={store.name}
            channel="qr"
            categories={initial?.categories}
            kind={kind ?? undefined}
            onKind={setKind}
            formId={initial?.formId}
            echo={initial?.echo}
          />
        </>
      ) : (
        // A store no longer licensed takes nothing here: the centre-wide page does.
        <section class="warning" role="alert">
          <p>{t('store.inactive')}</p>
          <p>
            <a class="button" href="/report">
              {t('journey.report_elsewhere')}
            </a>
          </p>
        </section>
      )}
      <NoticeList notices={store.notices} />
    </>
  )
}
