import type { CaseEvent, CaseMessageView } from '../../../shared/api-types.ts'
import { useLocale } from '../../state/staff-locale.ts'
import { EventText } from './EventText.tsx'
import { formatDateTime } from './format.ts'
import { timelineEntries, type TimelineEntry } from './timeline-entries.ts'

/** Entries without a staff actor that the reporter caused: the submission and their follow-ups. */
const byReporter = (e: TimelineEntry) => e.message?.author === 'reporter' || e.event?.type === 'created'

interface Props {
  events: CaseEvent[]
  messages: CaseMessageView[]
}

/** Every event of a case, who and when, with the messages in their place. */
export function Timeline({ events, messages }: Props) {
  const { t, locale } = useLocale()
  return (
    <section aria-labelledby="timeline-title">
      <h2 id="timeline-title">{t('case.timeline')}</h2>
      <ol class="timeline">
        {timelineEntries(events, messages).map((e) => (
          <li key={e.key} class={e.message?.author === 'reporter' ? 'reporter' : e.message && !e.message.public ? 'internal' : undefined}>
            <p class="meta">
              <time dateTime={e.at}>{formatDateTime(e.at, locale)}</time> ·{' '}
              {e.event?.actor ?? e.message?.by ?? (byReporter(e) ? t('event.reporter') : t('event.system'))}
            </p>
            <EventText event={e.event} message={e.message} />
          </li>
        ))}
      </ol>
    </section>
  )
}
