import { useCallback, useEffect, useMemo, useState } from 'preact/hooks'
import type { PublicCategory, PublicStore } from '../../../shared/api-types.ts'
import type { FeedbackKind } from '../../../shared/enums.ts'
import { DEFAULT_LOCALE } from '../../../shared/i18n/translate.ts'
import { sendFeedback } from '../../api/feedback.ts'
import { FeedbackForm, type Delivered } from '../../components/FeedbackForm.tsx'
import { OutboxBadge } from '../../components/OutboxBadge.tsx'
import type { PairedDevice } from '../../state/device.ts'
import { loadKioskData } from '../../state/kiosk-data.ts'
import { useLocale } from '../../state/kiosk-locale.ts'
import { createOutbox, type OutboxCounts } from '../../state/outbox.ts'
import { useHeartbeat } from '../../state/use-heartbeat.ts'
import { useIdleReset } from '../../state/use-idle-reset.ts'
import { useOnline } from '../../state/use-online.ts'
import { AttractScreen } from './AttractScreen.tsx'
import { IdleWarning } from './IdleWarning.tsx'
import { KioskReceipt } from './KioskReceipt.tsx'
import { OwnPhoneFirst } from './OwnPhoneFirst.tsx'
import { RevokedScreen } from './RevokedScreen.tsx'

interface Props {
  device: PairedDevice
  idleMs: number
  onRevoked(): void
  onRepair(): void
  /** Back to the attract screen: the parent resets what it holds (the language). */
  onReset(): void
}

type Screen =
  | { name: 'attract' }
  | { name: 'own_phone' }
  | { name: 'form'; kind: FeedbackKind }
  | { name: 'receipt'; delivered: Delivered }

/** A paired tablet: attract screen, form, receipt, and back — with nothing of one buyer left for the next. */
export function KioskStore({ device, idleMs, onRevoked, onRepair, onReset }: Props) {
  const { t, locale } = useLocale()
  const online = useOnline()
  const [data, setData] = useState<{ store: PublicStore; categories: PublicCategory[] } | null>(null)
  const [failed, setFailed] = useState(false)
  const [counts, setCounts] = useState<OutboxCounts>({ pending: 0, failed: 0 })
  const [revoked, setRevoked] = useState(device.revoked)
  const [screen, setScreen] = useState<Screen>({ name: 'attract' })

  const revoke = useCallback(() => {
    setRevoked(true)
    onRevoked()
  }, [onRevoked])
  const outbox = useMemo(
    () => createOutbox({ send: (input) => sendFeedback(input, device.token), onChange: setCounts, onRevoked: revoke }),
    [device.token, revoke],
  )
  useEffect(() => {
    if (revoked) void outbox.counts().then(setCounts)
    else return outbox.start()
  }, [outbox, revoked])

  const load = useCallback(() => {
    setFailed(false)
    loadKioskData(device.store.code).then(setData, () => setFailed(true))
  }, [device.store.code])
  useEffect(load, [load])

  useHeartbeat(device.token, data?.store.noticeVersion ?? null, outbox, !revoked, revoke)

  // Unmounting the form and receipt drops every typed character and contact
  // detail from memory; the outbox holds a submission only until it is acknowledged.
  const reset = useCallback(() => {
    setScreen({ name: 'attract' })
    history.replaceState(null, '', location.pathname + location.search)
    // The attract screen starts at its top, whatever the last buyer scrolled.
    scrollTo(0, 0)
    onReset()
  }, [onReset])
  // The attract screen left in another language counts too: the next person starts in Chinese.
  const secondsLeft = useIdleReset(idleMs, screen.name !== 'attract' || locale !== DEFAULT_LOCALE, reset)
  const warning = secondsLeft !== null && <IdleWarning seconds={secondsLeft} />

  const badge = <OutboxBadge counts={counts} online={online} />
  // Revoked, it takes nothing more: whoever is at the form (or was just
  // handed a receipt for a submission the tablet could not deliver) is told
  // so at once. A receipt the server answered stays on screen: it works.
  const delivered = screen.name === 'receipt' && screen.delivered.dueAt !== null
  if (revoked && !delivered) return <RevokedScreen counts={counts} onRepair={onRepair} />
  if (!data) {
    return failed ? (
      <section class="missing">
        <p role="alert">{t('kiosk.store_unavailable')}</p>
        <button type="button" onClick={load}>
          {t('kiosk.retry')}
        </button>
      </section>
    ) : (
      <p>{t('loading')}</p>
    )
  }
  if (screen.name === 'receipt') {
    return (
      <>
        <KioskReceipt delivered={screen.delivered} onDone={reset} />
        {warning}
        {badge}
      </>
    )
  }
  if (screen.name === 'form') {
    return (
      <section class="kiosk-form">
        <button type="button" class="cancel" onClick={reset}>
          {t('kiosk.cancel')}
        </button>
        <FeedbackForm
          storeCode={data.store.code}
          channel="kiosk"
          categories={data.categories}
          initialKind={screen.kind}
          shared
          deliver={outbox.submit}
          onDelivered={(delivered) => setScreen({ name: 'receipt', delivered })}
        />
        {warning}
        {badge}
      </section>
    )
  }
  if (screen.name === 'own_phone') {
    return (
      <>
        <OwnPhoneFirst store={data.store} onContinue={() => setScreen({ name: 'form', kind: 'report' })} onBack={reset} />
        {warning}
      </>
    )
  }
  return (
    <>
      <AttractScreen
        store={data.store}
        deviceToken={device.token}
        onStart={(kind) => setScreen(kind === 'report' ? { name: 'own_phone' } : { name: 'form', kind })}
      />
      {badge}
    </>
  )
}
