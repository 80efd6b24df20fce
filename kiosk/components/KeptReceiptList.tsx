import { useEffect, useState } from 'preact/hooks'
import type { TrackView } from '../../shared/api-types.ts'
import { formatReceipt } from '../../shared/receipt.ts'
import { loadTrack } from '../api/public.ts'
import { useLocale } from '../state/buyer-locale.ts'
import { keptReceipts, type KeptReceipt } from '../state/kept-receipts.ts'

/** "我的反映": the receipts this phone received, each with its status as the server has it now. */
export function KeptReceiptList() {
  const { t } = useLocale()
  // Read after the first render: the server, which rendered the page, cannot see the phone's storage.
  const [kept, setKept] = useState<KeptReceipt[]>([])
  const [statuses, setStatuses] = useState<Record<string, TrackView['status']>>({})

  useEffect(() => setKept(keptReceipts()), [])
  useEffect(() => {
    for (const k of kept) {
      loadTrack(k.receipt).then(
        (v) => setStatuses((s) => ({ ...s, [k.receipt]: v.status })),
        () => undefined,
      )
    }
  }, [kept])

  if (kept.length === 0) return null
  return (
    <section class="kept" aria-labelledby="kept-title">
      <h2 id="kept-title">{t('journey.mine')}</h2>
      <ul>
        {kept.map((k) => (
          <li key={k.receipt}>
            <a href={`/track/${k.receipt}`}>
              {formatReceipt(k.receipt)}
            </a>{' '}
            {t(`kind.${k.kind}`)} · {k.store ?? '—'} · {new Date(k.at).toLocaleDateString('zh-CN', { timeZone: 'Asia/Shanghai' })} ·{' '}
            <strong data-status={statuses[k.receipt] ?? ''}>{statuses[k.receipt] ? t(`status.${statuses[k.receipt]!}`) : t('journey.saved')}</strong>
          </li>
        ))}
      </ul>
    </section>
  )
}
