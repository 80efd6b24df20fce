import type { OutboxCounts } from '../../state/outbox.ts'
import { useLocale } from '../../state/kiosk-locale.ts'

interface Props {
  counts: OutboxCounts
  onRepair(): void
}

/** The centre revoked this tablet: it stops taking feedback but keeps what it has not delivered. */
export function RevokedScreen({ counts, onRepair }: Props) {
  const { t } = useLocale()
  const kept = counts.pending + counts.failed
  return (
    <section class="revoked" data-revoked="true">
      <h1>{t('kiosk.revoked.title')}</h1>
      <p>{t('kiosk.revoked.body')}</p>
      {kept > 0 && <p>{t('kiosk.revoked.kept', { n: kept })}</p>}
      <button type="button" onClick={onRepair}>
        {t('kiosk.pair.title')}
      </button>
    </section>
  )
}
