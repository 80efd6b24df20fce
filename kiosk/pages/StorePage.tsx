import { useEffect, useState } from 'preact/hooks'
import type { PublicStore } from '../../shared/api-types.ts'
import { ApiFailure } from '../api/client.ts'
import { loadStore } from '../api/public.ts'
import { FeedbackFlow } from '../components/FeedbackFlow.tsx'
import { NoticeList } from '../components/NoticeList.tsx'
import { StoreHeader } from '../components/StoreHeader.tsx'
import { useLocale } from '../state/buyer-locale.ts'
import { StoreMissing } from './StoreMissing.tsx'

interface Props {
  code: string
}

export function StorePage({ code }: Props) {
  const { t } = useLocale()
  const [store, setStore] = useState<PublicStore | null>(null)
  const [problem, setProblem] = useState<'not_found' | 'network' | null>(null)

  useEffect(() => {
    loadStore(code, new URLSearchParams(location.search).get('v')).then(setStore, (err: unknown) =>
      setProblem(err instanceof ApiFailure && (err.status === 404 || err.status === 400) ? 'not_found' : 'network'),
    )
  }, [code])

  if (problem === 'not_found') return <StoreMissing />
  if (problem === 'network') return <p role="alert">{t(navigator.onLine ? 'error.network' : 'offline.needs_network')}</p>
  if (!store) return <p>{t('loading')}</p>
  return (
    <>
      <StoreHeader store={store} />
      {!store.active && (
        <p class="warning" role="alert">
          {t('store.inactive')}
        </p>
      )}
      <NoticeList notices={store.notices} />
      <FeedbackFlow storeCode={store.code} channel="qr" />
    </>
  )
}
