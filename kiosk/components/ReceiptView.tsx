import { useState } from 'preact/hooks'
import { formatReceipt } from '../../shared/receipt.ts'
import { useLocale } from '../state/buyer-locale.ts'
import type { Delivered } from './FeedbackForm.tsx'
import { ReceiptNext } from './ReceiptNext.tsx'
import { useFocusOnMount } from './use-focus-on-mount.ts'
import { WeChatSave } from './WeChatSave.tsx'

interface Props {
  delivered: Delivered
  /** Without it (a page the server answered), "send another" is a link back to the store page, or to /report. */
  onAnother?: () => void
  storeCode?: string | null
}

export function ReceiptView({ delivered, onAnother, storeCode }: Props) {
  const { t } = useLocale()
  const heading = useFocusOnMount<HTMLHeadingElement>()
  const [copied, setCopied] = useState(false)
  const code = formatReceipt(delivered.receipt)

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
      <h2 ref={heading} tabIndex={-1}>
        {/* Honest: "已受理" only once the server has stored it. */}
        {t(delivered.dueAt !== null ? 'receipt.title' : delivered.busy ? 'journey.saved_busy' : 'journey.saved')}
      </h2>
      <p>{t('receipt.code')}</p>
      <p class="receipt-code" data-receipt={delivered.receipt}>
        {code}
      </p>
      <button type="button" onClick={copy}>
        {copied ? t('receipt.copied') : t('receipt.copy')}
      </button>
      <p>{t('receipt.keep')}</p>
      <WeChatSave />
      <ReceiptNext delivered={delivered} />
      <p class="actions">
        <a class="button" href={`/track/${delivered.receipt}`}>
          {t('receipt.track')}
        </a>
        {onAnother ? (
          <button type="button" onClick={onAnother}>
            {t('receipt.another')}
          </button>
        ) : (
          <a class="button" href={storeCode ? `/s/${encodeURIComponent(storeCode)}` : '/report'}>
            {t('receipt.another')}
          </a>
        )}
      </p>
    </section>
  )
}
