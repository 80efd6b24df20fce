import { formatReceipt } from '../../../shared/receipt.ts'
import type { Delivered } from '../../components/FeedbackForm.tsx'
import { QrCode } from '../../components/QrCode.tsx'
import { ReceiptNext } from '../../components/ReceiptNext.tsx'
import { useLocale } from '../../state/kiosk-locale.ts'
import { useFocusOnMount } from '../../components/use-focus-on-mount.ts'

interface Props {
  delivered: Delivered
  onDone(): void
}

/** The receipt as text and as a QR code the buyer takes onto their own phone; then the tablet wipes it. */
export function KioskReceipt({ delivered, onDone }: Props) {
  const { t } = useLocale()
  const heading = useFocusOnMount<HTMLHeadingElement>()
  return (
    <section class="receipt kiosk-receipt" aria-live="polite">
      <h2 ref={heading} tabIndex={-1}>
        {t('receipt.title')}
      </h2>
      <p>{t('receipt.code')}</p>
      <p class="receipt-code" data-receipt={delivered.receipt}>
        {formatReceipt(delivered.receipt)}
      </p>
      <QrCode text={`${location.origin}/track/${delivered.receipt}`} label={t('kiosk.receipt.scan')} />
      <p>{t('kiosk.receipt.scan')}</p>
      <ReceiptNext delivered={delivered} />
      <button type="button" class="primary" onClick={onDone}>
        {t('kiosk.receipt.done')}
      </button>
      <p class="hint">{t('kiosk.receipt.wipe')}</p>
    </section>
  )
}
