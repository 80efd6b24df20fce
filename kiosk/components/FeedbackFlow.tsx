import { useEffect, useState } from 'preact/hooks'
import type { PublicCategory } from '../../shared/api-types.ts'
import type { PublicChannel } from '../../shared/enums.ts'
import { loadCategories } from '../api/feedback.ts'
import { buyerOutbox } from '../state/buyer-outbox.ts'
import { useLocale } from '../state/buyer-locale.ts'
import { FeedbackForm, type Delivered } from './FeedbackForm.tsx'
import { ReceiptView } from './ReceiptView.tsx'

interface Props {
  storeCode: string | null
  channel: PublicChannel
}

/** The form, then its receipt; "send another" starts a clean form. */
export function FeedbackFlow({ storeCode, channel }: Props) {
  const { t } = useLocale()
  const [categories, setCategories] = useState<PublicCategory[] | null>(null)
  const [failed, setFailed] = useState(false)
  const [done, setDone] = useState<Delivered | null>(null)
  const [round, setRound] = useState(0)

  useEffect(() => {
    loadCategories().then(setCategories, () => setFailed(true))
  }, [])

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
      key={round}
      storeCode={storeCode}
      channel={channel}
      categories={categories}
      deliver={buyerOutbox.submit}
      onDelivered={setDone}
    />
  )
}
