import { riskInputSchema } from '../../../shared/field-schemas.ts'
import { CENTRE_STAFF } from '../../../shared/role-sets.ts'
import { addRisk, listRisks } from '../../api/library.ts'
import { Link } from '../../components/staff/Link.tsx'
import { Pending } from '../../components/staff/Pending.tsx'
import { useAction, validated } from '../../state/staff-action.ts'
import { useLoad } from '../../state/staff-load.ts'
import { useLocale } from '../../state/staff-locale.ts'
import { useRouter } from '../../state/staff-router.tsx'
import { useUser } from '../../state/staff-session.tsx'
import { RiskForm } from './RiskForm.tsx'

/** The risk library (风险库): each risk with its open cases in the reader's area; the centre adds risks here. */
export function RisksPage() {
  const { t } = useLocale()
  const user = useUser()
  const { navigate } = useRouter()
  const { data, error } = useLoad(listRisks, [])
  const action = useAction(() => undefined)

  return (
    <div class="field-page">
      <h1>{t('nav.risks')}</h1>
      {!data ? (
        <Pending error={error} />
      ) : data.length === 0 ? (
        <p>{t('lib.none')}</p>
      ) : (
        <ul class="card-list">
          {data.map((r) => (
            <li key={r.id}>
              <Link href={`/staff/risks/${r.id}`}>{r.title}</Link>
              <span class="sub">
                {t(`lib.level.${r.level}`)} · {t(`lib.status.${r.status}`)} · {t('lib.risk.open_cases', { n: r.openCases })} · {t('lib.risk.reviewBy')} {r.reviewBy}
              </span>
            </li>
          ))}
        </ul>
      )}
      {CENTRE_STAFF.includes(user.role) && (
        <RiskForm
          heading={t('lib.risk.add')}
          busy={action.busy}
          error={action.error}
          onSave={(values) =>
            void action.run(async () => navigate(`/staff/risks/${(await addRisk(validated(riskInputSchema, values))).id}`))
          }
        />
      )}
    </div>
  )
}
