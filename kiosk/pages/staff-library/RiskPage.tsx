import { useState } from 'preact/hooks'
import { riskPatchSchema } from '../../../shared/field-schemas.ts'
import { CENTRE_STAFF } from '../../../shared/role-sets.ts'
import { editRisk, getRisk } from '../../api/library.ts'
import { Link } from '../../components/staff/Link.tsx'
import { Pending } from '../../components/staff/Pending.tsx'
import { useAction, validated } from '../../state/staff-action.ts'
import { useLoad } from '../../state/staff-load.ts'
import { useLocale, type StaffMessageKey } from '../../state/staff-locale.ts'
import { useUser } from '../../state/staff-session.tsx'
import { RiskForm } from './RiskForm.tsx'
import { VersionHistory } from './VersionHistory.tsx'

interface Props {
  id: number
}

/** One risk: what it says now, the form to change it (a new version), and every earlier version. */
export function RiskPage({ id }: Props) {
  const { t } = useLocale()
  const user = useUser()
  const { data, error, reload } = useLoad(() => getRisk(id), [id])
  const [notice, setNotice] = useState<string | null>(null)
  const action = useAction(reload)
  const show = (field: string, value: unknown) =>
    field === 'level' ? t(`lib.level.${value as 'low'}`) : field === 'status' ? t(`lib.status.${value as 'active'}`) : Array.isArray(value) ? value.join('、') || '—' : String(value)

  return (
    <div class="field-page">
      <Link href="/staff/risks">{t('lib.back_risks')}</Link>
      {!data ? (
        <Pending error={error} />
      ) : (
        <>
          <h1>{data.title}</h1>
          <p class="sub">
            {t('lib.version', { version: data.version })} · {t(`lib.level.${data.level}`)} · {t(`lib.status.${data.status}`)} ·{' '}
            {t('lib.risk.open_cases', { n: data.openCases })}
          </p>
          <dl class="entry">
            <dt>{t('lib.risk.description')}</dt>
            <dd>{data.description}</dd>
            <dt>{t('lib.risk.owner')}</dt>
            <dd>{data.owner}</dd>
            <dt>{t('lib.risk.controls')}</dt>
            <dd>{data.controls}</dd>
            <dt>{t('lib.risk.reviewBy')}</dt>
            <dd>{data.reviewBy}</dd>
            <dt>{t('lib.risk.categoryIds')}</dt>
            <dd>{data.categoryIds.join('、') || '—'}</dd>
          </dl>
          {notice !== null && <p role="status">{notice}</p>}
          {CENTRE_STAFF.includes(user.role) && (
            <RiskForm
              key={data.version}
              heading={t('lib.risk.edit')}
              risk={data}
              busy={action.busy}
              error={action.error}
              onSave={(values) =>
                void action.run(async () => {
                  const { version } = await editRisk(id, validated(riskPatchSchema, { version: data.version, ...values }))
                  setNotice(version > data.version ? t('lib.saved', { version }) : t('lib.unchanged'))
                })
              }
            />
          )}
          <VersionHistory history={data.history} fieldName={(f) => `lib.risk.${f}` as StaffMessageKey} show={show} />
        </>
      )}
    </div>
  )
}
