import { useEffect, useState } from 'preact/hooks'
import type { PublicCategory } from '../../shared/api-types.ts'
import type { FormEcho } from '../../shared/buyer-page-data.ts'
import type { Channel, FeedbackKind } from '../../shared/enums.ts'
import { loadCategories } from '../api/feedback.ts'
import { buyerOutbox } from '../state/buyer-outbox.ts'
import { useLocale } from '../state/buyer-locale.ts'
import { FeedbackForm, type Delivered } from './FeedbackForm.tsx'
import { ReceiptView } from './ReceiptView.tsx'

interface Props {
  storeCode: string | null
  channel: Channel
  /** Categories the server rendered the page with: no request for them. */
  categories?: PublicCategory[]
  kind?: FeedbackKind
  formId?: string
  echo?: FormEcho
}

/** The form, then its receipt; "send another" starts a clean form. */
export function FeedbackFlow({ storeCode, channel, categories: given, kind, formId, echo }: Props) {
  const { t } = useLocale()
  const [categories, setCategories] = useState<PublicCategory[] | null>(given ?? null)
  const [failed, setFailed] = useState(false)
  const [done, setDone] = useState<Delivered | null>(null)
  const [round, setRound] = useState(0)

  useEffect(() => {
    if (!given) loadCategories().then(setCategories, () => setFailed(true))
  }, [given])

  if (failed) return <p role="alert">{t('error.network')}</p>
  if (!categories) return <p>{t('loading')}</p>
  if (done) {
    return (
      <ReceiptView
        delivered={done}
        onAnother={() => {
          setDone(null)
          setRound(round + 1)
        }}
      />
    )
  }
  return (
    <FeedbackForm
      // A new kind chosen from the buttons above starts the form over for it.
      key={`${round}-${kind ?? ''}`}
      storeCode={storeCode}
      channel={channel}
      categories={categories}
      initialKind={kind}
      formId={round === 0 ? formId : undefined}
      echo={round === 0 ? echo : undefined}
      deliver={buyerOutbox.submit}
      onDelivered={setDone}
    />
  )
}
