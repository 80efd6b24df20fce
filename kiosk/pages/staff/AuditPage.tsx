import { auditTargetKind } from '../../../shared/audit-names.ts'
import { listAudit } from '../../api/staff.ts'
import { AuditDetail } from '../../components/staff/AuditDetail.tsx'
import { AuditName } from '../../components/staff/AuditName.tsx'
import { formatDateTime } from '../../components/staff/format.ts'
import { Pager } from '../../components/staff/Pager.tsx'
import { Pending } from '../../components/staff/Pending.tsx'
import { useLoad } from '../../state/staff-load.ts'
import { useLocale } from '../../state/staff-locale.ts'
import { useRouter } from '../../state/staff-router.tsx'

/**
 * The append-only log of logins, reveals, exports and changes, newest first;
 * people, stores and cases by name, details as readable lines.
 */
export function AuditPage() {
  const { t, locale } = useLocale()
  const { query, navigate } = useRouter()
  const page = Math.max(1, Number(query.get('page')) || 1)
  const { data, error } = useLoad(() => listAudit(page), [page])
  return (
    <>
      <h1>{t('nav.audit')}</h1>
      {!data ? (
        <Pending error={error} />
      ) : (
        <>
          <table class="audit">
            <thead>
              <tr>
                <th scope="col">{t('audit.at')}</th>
                <th scope="col">{t('audit.actor')}</th>
                <th scope="col">{t('audit.action')}</th>
                <th scope="col">{t('audit.target')}</th>
                <th scope="col">{t('audit.detail')}</th>
              </tr>
            </thead>
            <tbody>
              {data.items.map((a) => (
                <tr key={a.id} data-action={a.action}>
                  <td>{formatDateTime(a.at, locale)}</td>
                  <td>{a.actor ? <AuditName kind="person" value={a.actor} names={data.names} /> : '—'}</td>
                  <td>{t(`audit.${a.action}`)}</td>
                  <td>{a.target ? <AuditName kind={auditTargetKind(a.action)} value={a.target} names={data.names} /> : '—'}</td>
                  <td>
                    <AuditDetail detail={a.detail} names={data.names} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <Pager page={data.page} pageSize={data.pageSize} total={data.total} onPage={(p) => navigate(`/staff/audit?page=${p}`)} />
        </>
      )}
    </>
  )
}
