import { useLocale } from '../state/buyer-locale.ts'
import type { Delivered } from './FeedbackForm.tsx'

interface Props {
  delivered: Delivered
}

/** What happens next: the deadline, or for a queued submission that it will be sent. */
export function ReceiptNext({ delivered }: Props) {
  const { t } = useLocale()
  const days = t('working_days', { n: delivered.category.slaDays })
  if (delivered.dueAt === null) {
    return (
      <>
        <p class="queued" data-queued="true">
          {t(delivered.busy ? 'receipt.queued_busy' : 'receipt.queued')}
        </p>
        <p>{t('receipt.next_days', { days })}</p>
      </>
    )
  }
  const date = new Date(delivered.dueAt).toLocaleDateString('zh-CN', { timeZone: 'Asia/Shanghai' })
  return <p>{t('receipt.next', { days, date })}</p>
}
