import { chinaDate } from '../../../shared/china-time.ts'
import type { EventLink } from '../../../shared/field-types.ts'
import { CENTRE_STAFF } from '../../../shared/role-sets.ts'
import type { CaseSummary, SessionUser } from '../../../shared/staff-types.ts'
import { useLocale } from '../../state/staff-locale.ts'
import { Link } from './Link.tsx'

interface Props {
  item: CaseSummary
  recordedIn: EventLink[]
  user: Pick<SessionUser, 'role'>
}

/** The event library's events that record this case, and for the centre a way to record it as one. */
export function CaseEvents({ item, recordedIn, user }: Props) {
  const { t } = useLocale()
  const mayRecord = CENTRE_STAFF.includes(user.role)
  if (recordedIn.length === 0 && !mayRecord) return null
  // The new event starts with this case, its store and the day it came in.
  const draft = new URLSearchParams({ case: item.id, on: chinaDate(item.receivedAt) })
  if (item.storeCode) draft.set('store', item.storeCode)
  return (
    <section class="case-events" aria-labelledby="case-events-title">
      <h2 id="case-events-title">{t('nav.events')}</h2>
      {recordedIn.length > 0 && (
        <ul>
          {recordedIn.map((e) => (
            <li key={e.id}>
              <Link href={`/staff/events/${e.id}`}>{e.title}</Link>
            </li>
          ))}
        </ul>
      )}
      {mayRecord && <Link href={`/staff/events?${draft.toString()}`}>{t('case.record_event')}</Link>}
    </section>
  )
}
