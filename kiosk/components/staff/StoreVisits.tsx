import { listVisits } from '../../api/field.ts'
import { useLoad } from '../../state/staff-load.ts'
import { useLocale } from '../../state/staff-locale.ts'
import { formatDateTime } from './format.ts'
import { Pending } from './Pending.tsx'

interface Props {
  code: string
}

/** A store's recent visits beside its buyer feedback: trainings, checklist failures and fixes, re-checks. */
export function StoreVisits({ code }: Props) {
  const { t, locale } = useLocale()
  const { data, error } = useLoad(() => listVisits(code), [code])
  return (
    <section aria-labelledby="store-visits">
      <h2 id="store-visits">{t('store.visits')}</h2>
      {!data ? (
        <Pending error={error} />
      ) : data.items.length === 0 ? (
        <p>{t('field.never_visited')}</p>
      ) : (
        <ul class="card-list">
          {data.items.map((v) => {
            const failed = v.results.filter((r) => r.result === 'fail').length
            const fixed = v.results.filter((r) => r.result === 'fixed').length
            return (
              <li key={v.id} id={`visit-${v.id}`}>
                <strong>
                  {t(`visit.${v.type}`)} · {formatDateTime(v.startedAt, locale)} · {v.by}
                </strong>
                {v.type === 'inspection' && <span>{t('store.visit_results', { failed, fixed })}</span>}
                {v.training && <span>{t('store.visit_training', { topic: v.training.topic, n: v.training.attendees })}</span>}
                {v.recheck && <span>{t(v.recheck.rectified ? 'field.rectified_yes' : 'field.rectified_no')}</span>}
                {v.note && <span class="sub">{v.note}</span>}
              </li>
            )
          })}
        </ul>
      )}
    </section>
  )
}
