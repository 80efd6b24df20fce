import type { OutboxCounts } from '../state/outbox.ts'
import { useLocale } from '../state/kiosk-locale.ts'

interface Props {
  counts: OutboxCounts
  online: boolean
}

/** A small, calm line for staff: nothing when all is delivered. */
export function OutboxBadge({ counts, online }: Props) {
  const { t } = useLocale()
  if (online && counts.pending === 0 && counts.failed === 0) return null
  return (
    <p class="outbox-badge" role="status" data-pending={counts.pending} data-failed={counts.failed}>
      {!online && <span>{t('kiosk.offline')}</span>}
      {counts.pending > 0 && <span>{t('kiosk.queue', { n: counts.pending })}</span>}
      {counts.failed > 0 && <span class="failed">{t('kiosk.failed', { n: counts.failed })}</span>}
    </p>
  )
}
