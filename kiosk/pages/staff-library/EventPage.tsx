import { useState } from 'preact/hooks'
import { fieldEventPatchSchema } from '../../../shared/field-schemas.ts'
import { CENTRE_STAFF } from '../../../shared/role-sets.ts'
import { editEvent, getEvent } from '../../api/library.ts'
import { Link } from '../../components/staff/Link.tsx'
import { Pending } from '../../components/staff/Pending.tsx'
import { useAction, validated } from '../../state/staff-action.ts'
import { useLoad } from '../../state/staff-load.ts'
import { useLocale, type StaffMessageKey } from '../../state/staff-locale.ts'
import { useUser } from '../../state/staff-session.tsx'
import { EventForm } from './EventForm.tsx'
import { VersionHistory } from './VersionHistory.tsx'

interface Props {
  id: number
}

/** One event: what it records now, the form to change it (a new version), and every earlier version. */
export function EventPage({ id }: Props) {
  const { t } = useLocale()
  const user = useUser()
  const { data, error, reload } = useLoad(() => getEvent(id), [id])
  const [notice, setNotice] = useState<string | null>(null)
  const action = useAction(reload)

  return (
    <div class="field-page">
      <Link href="/staff/events">{t('lib.back_events')}</Link>
      {!data ? (
        <Pending error={error} />
      ) : (
        <>
          <h1>{data.title}</h1>
          <p class="sub">
            {t('lib.version', { version: data.version })} · {data.occurredOn}
          </p>
          <dl class="entry">
            <dt>{t('lib.event.storeCodes')}</dt>
            <dd>
              {data.storeCodes.length === 0
                ? '—'
                : data.storeCodes.map((code) => (
                    <span key={code}>
                      <Link href={`/staff/stores/${code}`}>{code}</Link>{' '}
                    </span>
                  ))}
            </dd>
            <dt>{t('lib.event.caseIds')}</dt>
            <dd>
              {data.caseIds.length === 0
                ? '—'
                : data.caseIds.map((caseId) => (
                    <span key={caseId}>
                      <Link href={`/staff/cases/${caseId}`}>{caseId.slice(0, 8)}</Link>{' '}
                    </span>
                  ))}
            </dd>
            <dt>{t('lib.event.followUp')}</dt>
            <dd>{data.followUp || '—'}</dd>
          </dl>
          {notice !== null && <p role="status">{notice}</p>}
          {CENTRE_STAFF.includes(user.role) && (
            <EventForm
              key={data.version}
              heading={t('lib.event.edit')}
              event={data}
              busy={action.busy}
              error={action.error}
              onSave={(values) =>
                void action.run(async () => {
                  const { version } = await editEvent(id, validated(fieldEventPatchSchema, { version: data.version, ...values }))
                  setNotice(version > data.version ? t('lib.saved', { version }) : t('lib.unchanged'))
                })
              }
            />
          )}
          <VersionHistory history={data.history} fieldName={(f) => `lib.event.${f}` as StaffMessageKey} />
        </>
      )}
    </div>
  )
}
