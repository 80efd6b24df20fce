import type { TrackView } from '../../shared/api-types.ts'
import { formatReceipt } from '../../shared/receipt.ts'
import { useLocale } from '../state/buyer-locale.ts'

interface Props {
  view: TrackView
}

// China time, whatever the phone's zone: the same text on the server and in the browser.
const date = (iso: string) => new Date(iso).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false })

/** A case as its receipt holder sees it: status, dates and the public replies, nothing about the reporter. */
export function TrackCase({ view }: Props) {
  const { t, locale } = useLocale()
  return (
    <>
      <dl>
        <dt>{t('track.input')}</dt>
        <dd class="receipt-code">{formatReceipt(view.receipt)}</dd>
        <dt>{t('track.status')}</dt>
        <dd data-status={view.status}>
          {t(`status.${view.status}`)} {view.overdue && <strong class="overdue">{t('track.overdue')}</strong>}
        </dd>
        <dt>{t('form.category')}</dt>
        <dd>
          {t(`kind.${view.kind}`)}
          {view.category.label && ` · ${locale === 'en' ? view.category.label.en : view.category.label.zh}`}
        </dd>
        {view.store && (
          <>
            <dt>{t('report.store')}</dt>
            <dd>{view.store.name}</dd>
          </>
        )}
        <dt>{t('track.received')}</dt>
        <dd>{date(view.receivedAt)}</dd>
        {view.dueAt && (
          <>
            <dt>{t('track.due')}</dt>
            <dd>{date(view.dueAt)}</dd>
          </>
        )}
      </dl>
      {view.purged && (
        <p class="track-purged" role="note">
          {t('retention.track_purged')}
        </p>
      )}
      <h2>{t('track.replies')}</h2>
      {view.messages.length === 0 && !view.purged && <p>{t('track.no_replies')}</p>}
      <ol class="messages">
        {view.messages.map((m, i) => (
          <li key={i} class={m.author}>
            <strong>{m.author === 'staff' ? t('track.centre') : t('track.you')}</strong> <time>{date(m.createdAt)}</time>
            <p>{m.text}</p>
          </li>
        ))}
      </ol>
    </>
  )
}
