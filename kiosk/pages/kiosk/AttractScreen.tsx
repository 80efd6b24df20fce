import { useEffect, useState } from 'preact/hooks'
import type { PublicStore } from '../../../shared/api-types.ts'
import { FEEDBACK_KINDS, type FeedbackKind } from '../../../shared/enums.ts'
import { QrCode } from '../../components/QrCode.tsx'
import { NoticeText } from '../../components/NoticeText.tsx'
import { RatingFaces } from '../../components/RatingFaces.tsx'
import { useLocale } from '../../state/kiosk-locale.ts'

interface Props {
  store: PublicStore
  deviceToken: string
  onStart(kind: FeedbackKind): void
}

const ROTATE_MS = 8_000

/** What the tablet shows between buyers: the store, its notices in turn, four ways in, and a QR for one's own phone. */
export function AttractScreen({ store, deviceToken, onStart }: Props) {
  const { t, locale } = useLocale()
  const [shown, setShown] = useState(0)
  useEffect(() => {
    const timer = setInterval(() => setShown((i) => i + 1), ROTATE_MS)
    return () => clearInterval(timer)
  }, [])
  const notice = store.notices.length > 0 ? store.notices[shown % store.notices.length] : undefined
  // v=k marks scans of the tablet's own QR, apart from the printed posters' versions.
  const ownPhoneUrl = `${location.origin}/s/${encodeURIComponent(store.code)}?v=k`

  return (
    <section class="attract">
      <header>
        <h1>{store.name}</h1>
        <p>
          {t('store.code')} {store.code} · {t('store.supervisor')} {store.supervisor.name} {store.supervisor.phone} ·{' '}
          {t('store.hotline')} {store.hotline}
        </p>
      </header>
      <div class="attract-body">
        <div>
          <h2>{t('kiosk.attract.title')}</h2>
          {/* One tap to rate; the thanks gives way to the faces again with the next notice. */}
          <RatingFaces key={shown} storeCode={store.code} channel="kiosk" deviceToken={deviceToken} onLow={() => onStart('complaint')} />
          <p>{t('kiosk.attract.pick')}</p>
          <div class="entry-points">
            {FEEDBACK_KINDS.map((k) => (
              <button key={k} type="button" class="entry" data-kind={k} onClick={() => onStart(k)}>
                {t(`kind.${k}`)}
              </button>
            ))}
          </div>
          {notice && (
            <article class="notice" key={notice.id}>
              <NoticeText notice={notice} locale={locale} version={t('notices.version', { v: notice.version })} noEnglish={t('pages.no_english')} />
            </article>
          )}
        </div>
        <figure class="own-phone">
          <QrCode text={ownPhoneUrl} label={t('kiosk.attract.qr')} />
          <figcaption>{t('kiosk.attract.qr')}</figcaption>
        </figure>
      </div>
      <p class="responsible">{t('play.responsible')}</p>
    </section>
  )
}
