import { useState } from 'preact/hooks'
import type { FeedbackAccepted, PublicCategory } from '../../shared/api-types.ts'
import { formatReceipt } from '../../shared/receipt.ts'
import { useLocale } from '../state/buyer-locale.ts'

interface Props {
  accepted: FeedbackAccepted
  category: PublicCategory
  onAnother(): void
}

export function ReceiptView({ accepted, category, onAnother }: Props) {
  const { t } = useLocale()
  const [copied, setCopied] = useState(false)
  const code = formatReceipt(accepted.receipt)
  const due = new Date(accepted.dueAt).toLocaleDateString('zh-CN', { timeZone: 'Asia/Shanghai' })

  async function copy() {
    try {
      await navigator.clipboard.writeText(code)
      setCopied(true)
    } catch {
      // No clipboard (older in-app browsers): the code is selectable text.
    }
  }

  return (
    <section class="receipt" aria-live="polite">
      <h2>{t('receipt.title')}</h2>
      <p>{t('receipt.code')}</p>
      <p class="receipt-code" data-receipt={accepted.receipt}>
        {code}
      </p>
      <button type="button" onClick={copy}>
        {copied ? t('receipt.copied') : t('receipt.copy')}
      </button>
      <p>{t('receipt.keep')}</p>
      <p>{t('receipt.next', { days: t('working_days', { n: category.slaDays }), date: due })}</p>
      <p class="actions">
        <a class="button" href={`/track/${accepted.receipt}`}>
          {t('receipt.track')}
        </a>
        <button type="button" onClick={onAnother}>
          {t('receipt.another')}
        </button>
      </p>
    </section>
  )
}
