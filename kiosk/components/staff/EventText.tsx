import type { CaseEvent, CaseMessageView } from '../../../shared/api-types.ts'
import { CASE_STATUSES, CHANNELS, type CaseStatus, type Channel } from '../../../shared/enums.ts'
import { useLocale } from '../../state/staff-locale.ts'
import { formatDateTime } from './format.ts'

interface Props {
  event: CaseEvent | null
  message: CaseMessageView | null
}

const isStatus = (v: unknown): v is CaseStatus => CASE_STATUSES.includes(v as CaseStatus)
const isChannel = (v: unknown): v is Channel => CHANNELS.includes(v as Channel)
const text = (v: unknown) => (typeof v === 'string' ? v : '')

/** What happened in one timeline entry, in words. */
export function EventText({ event, message }: Props) {
  const { t, locale } = useLocale()
  const d = event?.data ?? {}
  const reason = text(d.reason) === 'spam' ? t('case.spam') : text(d.reason)
  const what = (() => {
    switch (event?.type) {
      case 'created':
        return t('event.created', { channel: isChannel(d.channel) ? t(`channel.${d.channel}`) : '' })
      case 'status':
        return t('event.status', { from: isStatus(d.from) ? t(`status.${d.from}`) : '—', to: isStatus(d.to) ? t(`status.${d.to}`) : '—' })
      case 'assigned':
        return d.to ? t('event.assigned', { to: text(d.to) }) : t('event.unassigned')
      case 'due_changed':
        return t('event.due_changed', { to: typeof d.to === 'string' ? formatDateTime(d.to, locale) : '—' })
      case 'contact_revealed':
        return t('event.contact_revealed')
      case 'reporter_message':
        return t('event.reporter_message')
      case 'reply':
        return t('event.reply')
      case 'note':
        return t('event.note')
      case 'reporter_confirmed':
      case 'reporter_reopened':
        return [t(`event.${event.type}`), typeof d.rating === 'number' ? t('event.rating', { rating: d.rating }) : ''].filter(Boolean).join(' · ')
      case 'auto_closed':
        return t('event.auto_closed', { days: typeof d.days === 'number' ? d.days : '' })
      case 'purged':
        return t('event.purged', { days: typeof d.days === 'number' ? d.days : '' })
      case 'recheck':
        return t('event.recheck', { result: t(d.rectified === true ? 'field.rectified_yes' : 'field.rectified_no') }) + (text(d.note) ? `：${text(d.note)}` : '')
      default:
        // A message no event refers to.
        if (message?.author === 'reporter') return t('event.reporter_message')
        return t(message?.public ? 'event.reply' : 'event.note')
    }
  })()
  return (
    <>
      <p class="what">{what}</p>
      {reason && <p class="reason">{t('event.reason', { reason })}</p>}
      {message && <blockquote class={message.public ? 'public' : 'internal'}>{message.text}</blockquote>}
    </>
  )
}
