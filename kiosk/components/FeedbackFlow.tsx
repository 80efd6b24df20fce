import { useEffect, useState } from 'preact/hooks'
import type { PublicCategory } from '../../shared/api-types.ts'
import type { FormEcho } from '../../shared/buyer-page-data.ts'
import type { PublicChannel, FeedbackKind } from '../../shared/enums.ts'
import { loadCategories } from '../api/feedback.ts'
import { loadTrack } from '../api/public.ts'
import { buyerOutbox } from '../state/buyer-outbox.ts'
import { useLocale } from '../state/buyer-locale.ts'
import { keepReceipt } from '../state/kept-receipts.ts'
import { FeedbackForm, type Delivered } from './FeedbackForm.tsx'
import { ReceiptView } from './ReceiptView.tsx'

// While a submission waits on the phone, look every few seconds whether the
// server has it yet: only then is it "已受理", with the server's deadline.
const CHECK_DELIVERED_MS = 5_000

interface Props {
  storeCode: string | null
  /** What the receipts kept on the phone call the store. */
  storeName?: string | null
  channel: PublicChannel
  /** Categories the server rendered the page with: no request for them. */
  categories?: PublicCategory[]
  /** The kind to start with; with onKind, the page's own, shown above the form too and changed from either place. */
  kind?: FeedbackKind
  onKind?(kind: FeedbackKind): void
  formId?: string
  echo?: FormEcho
}

/** The form, then its receipt; "send another" starts a clean form. */
export function FeedbackFlow({ storeCode, storeName, channel, categories: given, kind, onKind, formId, echo }: Props) {
  const { t } = useLocale()
  const [categories, setCategories] = useState<PublicCategory[] | null>(given ?? null)
  const [failed, setFailed] = useState(false)
  const [done, setDone] = useState<Delivered | null>(null)
  const [round, setRound] = useState(0)

  useEffect(() => {
    if (!given) loadCategories().then(setCategories, () => setFailed(true))
  }, [given])

  useEffect(() => {
    if (!done || done.dueAt !== null) return
    const timer = setInterval(() => {
      loadTrack(done.receipt).then((v) => setDone({ ...done, dueAt: v.dueAt }), () => undefined)
    }, CHECK_DELIVERED_MS)
    return () => clearInterval(timer)
  }, [done])

  function delivered(d: Delivered) {
    keepReceipt({ receipt: d.receipt, store: storeName ?? storeCode, kind: d.category.kind, at: new Date().toISOString() })
    // Back from tracking comes here again: the server renders this receipt for ?receipt=.
    history.replaceState(null, '', `?receipt=${d.receipt}`)
    setDone(d)
  }

  if (failed) return <p role="alert">{t('error.network')}</p>
  if (!categories) return <p>{t('loading')}</p>
  if (done) {
    return (
      <ReceiptView
        delivered={done}
        onAnother={() => {
          history.replaceState(null, '', location.pathname)
          setDone(null)
          setRound(round + 1)
        }}
      />
    )
  }
  return (
    <FeedbackForm
      // "Send another" starts a clean form; a new kind keeps what was typed.
      key={round}
      storeCode={storeCode}
      channel={channel}
      categories={categories}
      initialKind={kind}
      kind={kind}
      onKind={onKind}
      formId={round === 0 ? formId : undefined}
      echo={round === 0 ? echo : undefined}
      deliver={buyerOutbox.submit}
      onDelivered={delivered}
    />
  )
}
