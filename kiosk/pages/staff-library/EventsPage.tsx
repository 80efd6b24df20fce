import { fieldEventInputSchema } from '../../../shared/field-schemas.ts'
import { CENTRE_STAFF } from '../../../shared/role-sets.ts'
import { addEvent, listEvents } from '../../api/library.ts'
import { Link } from '../../components/staff/Link.tsx'
import { Pending } from '../../components/staff/Pending.tsx'
import { useAction, validated } from '../../state/staff-action.ts'
import { useLoad } from '../../state/staff-load.ts'
import { useLocale } from '../../state/staff-locale.ts'
import { useRouter } from '../../state/staff-router.tsx'
import { useUser } from '../../state/staff-session.tsx'
import { EventForm } from './EventForm.tsx'

/** The event library (事件库), the latest incident first: a supervisor sees those of their stores; the centre records them here. */
export function EventsPage() {
  const { t } = useLocale()
  const user = useUser()
  const { navigate, query } = useRouter()
  // From a case page's "record as an event": the form starts with its case, store and day.
  const draft = query.has('case') ? { caseIds: query.getAll('case'), storeCodes: query.getAll('store'), occurredOn: query.get('on') ?? undefined } : undefined
  const { data, error } = useLoad(listEvents, [])
  const action = useAction(() => undefined)

  return (
    <div class="field-page">
      <h1>{t('nav.events')}</h1>
      {!data ? (
        <Pending error={error} />
      ) : data.length === 0 ? (
        <p>{t('lib.none')}</p>
      ) : (
        <ul class="card-list">
          {data.map((e) => (
            <li key={e.id}>
              <Link href={`/staff/events/${e.id}`}>{e.title}</Link>
              <span class="sub">
                {e.occurredOn} · {e.storeCodes.join('、') || '—'}
              </span>
            </li>
          ))}
        </ul>
      )}
      {CENTRE_STAFF.includes(user.role) && (
        <EventForm
          key={query.toString()}
          event={draft}
          focus={draft !== undefined}
          heading={t('lib.event.add')}
          busy={action.busy}
          error={action.error}
          onSave={(values) =>
            void action.run(async () => navigate(`/staff/events/${(await addEvent(validated(fieldEventInputSchema, values))).id}`))
          }
        />
      )}
    </div>
  )
}
