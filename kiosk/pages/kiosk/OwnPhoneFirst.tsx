import type { PublicStore } from '../../../shared/api-types.ts'
import { QrCode } from '../../components/QrCode.tsx'
import { useLocale } from '../../state/kiosk-locale.ts'

interface Props {
  store: PublicStore
  onContinue(): void
  onBack(): void
}

/**
 * Before a misconduct report at the counter (issue 12): the staff may be
 * watching, so the buyer is told first that their own phone is safer, and
 * anonymous, with the store's QR code to scan.
 */
export function OwnPhoneFirst({ store, onContinue, onBack }: Props) {
  const { t } = useLocale()
  const url = `${location.origin}/s/${encodeURIComponent(store.code)}?v=k&kind=report#form`
  return (
    <section class="own-phone-first">
      <h1>{t('kiosk.report.safer')}</h1>
      <p>{t('kiosk.report.scan')}</p>
      <QrCode text={url} label={t('kiosk.report.safer')} />
      <p class="actions">
        <button type="button" class="primary" onClick={onContinue}>
          {t('kiosk.report.here')}
        </button>
        <button type="button" onClick={onBack}>
          {t('kiosk.cancel')}
        </button>
      </p>
    </section>
  )
}
