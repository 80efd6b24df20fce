import type { VisitSummary } from '../../../shared/field-types.ts'
import { listChecklists, listVisits } from '../../api/field.ts'
import { useLoad } from '../../state/staff-load.ts'
import { useLocale } from '../../state/staff-locale.ts'
import { formatDateTime } from './format.ts'
import { Pending } from './Pending.tsx'
import { PhotoLinks } from './PhotoLinks.tsx'

interface Props {
  code: string
}

const loadVisits = (code: string) => Promise.all([listVisits(code), listChecklists()])

/** A store's recent visits beside its buyer feedback: trainings, checklist failures and fixes, re-checks, and their photos. */
export function StoreVisits({ code }: Props) {
  const { t, locale } = useLocale()
  const loaded = useLoad(() => loadVisits(code), [code])
  const [visits, checklists] = loaded.data ?? []
  // A visit made with an older checklist version may name an item since removed: its id stands in.
  const labels = new Map((checklists ?? []).flatMap((c) => c.items.map((i) => [i.id, locale === 'en' ? i.label.en : i.label.zh] as const)))
  return (
    <section aria-labelledby="store-visits">
      <h2 id="store-visits">{t('store.visits')}</h2>
      {!visits ? (
        <Pending error={loaded.error} />
      ) : visits.items.length === 0 ? (
        <p>{t('field.never_visited')}</p>
      ) : (
        <ul class="card-list">
          {visits.items.map((v) => {
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
                <VisitPhotos visit={v} labels={labels} />
              </li>
            )
          })}
        </ul>
      )}
    </section>
  )
}

interface VisitPhotosProps {
  visit: VisitSummary
  labels: Map<string, string>
}

/** The visit's photos, those of each item under the item's name, then those of the visit as a whole. */
function VisitPhotos({ visit, labels }: VisitPhotosProps) {
  const { t } = useLocale()
  const items = visit.results.filter((r) => r.photos.length > 0)
  if (items.length === 0 && visit.photos.length === 0) return null
  return (
    <div class="visit-photos">
      {items.map((r) => (
        <div key={r.itemId}>
          <h3>{t('store.item_photos', { item: labels.get(r.itemId) ?? r.itemId })}</h3>
          <PhotoLinks photos={r.photos} />
        </div>
      ))}
      {visit.photos.length > 0 && (
        <div>
          <h3>{t('store.visit_photos')}</h3>
          <PhotoLinks photos={visit.photos} />
        </div>
      )}
    </div>
  )
}
