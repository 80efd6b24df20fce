import { useEffect, useState } from 'preact/hooks'
import type { PairingCodeCreated } from '../../../shared/api-types.ts'
import { PAIRING_CODE_TTL_MS } from '../../../shared/pairing-code.ts'
import { QrCode } from '../../components/QrCode.tsx'
import { useLocale } from '../../state/staff-locale.ts'

interface Props {
  storeCode: string
  pairing: PairingCodeCreated
  /** When the console received the code: the countdown runs from there, whatever this computer's clock says. */
  receivedAt: number
  onAgain(): void
  onClose(): void
}

const mmss = (ms: number) => {
  const s = Math.ceil(ms / 1000)
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`
}

/** A fresh pairing code, as text and as a QR code the tablet's camera opens, counting down its 15 minutes. */
export function PairingDialog({ storeCode, pairing, receivedAt, onAgain, onClose }: Props) {
  const { t } = useLocale()
  const [now, setNow] = useState(Date.now())
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000)
    return () => clearInterval(timer)
  }, [])
  const remaining = receivedAt + PAIRING_CODE_TTL_MS - now

  return (
    <section class="pairing-dialog" role="dialog" aria-labelledby="pairing-title">
      <h3 id="pairing-title">{t('pairing.title', { code: pairing.code })}</h3>
      <p class="pairing-store">{t('pairing.for_store', { name: pairing.storeName, store: storeCode })}</p>
      {remaining > 0 ? (
        <>
          <p class="pairing-code mono" data-code={pairing.code}>
            {pairing.code}
          </p>
          <QrCode text={pairing.pairUrl} label={t('pairing.qr_label')} size="240px" />
          <p>{t('pairing.scan')}</p>
          <p role="timer" aria-live="off">
            {t('pairing.remaining', { time: mmss(remaining) })}
          </p>
        </>
      ) : (
        <p role="alert">
          {t('pairing.expired')}{' '}
          <button type="button" onClick={onAgain}>
            {t('pairing.again')}
          </button>
        </p>
      )}
      <button type="button" onClick={onClose}>
        {t('pairing.close')}
      </button>
    </section>
  )
}
