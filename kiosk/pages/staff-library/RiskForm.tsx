import { RISK_LEVELS, RISK_STATUSES } from '../../../shared/enums.ts'
import type { RiskInput } from '../../../shared/field-schemas.ts'
import type { Risk } from '../../../shared/field-types.ts'
import type { PublicCategory } from '../../../shared/api-types.ts'
import { ApiProblem } from '../../components/staff/ApiProblem.tsx'
import { Pending } from '../../components/staff/Pending.tsx'
import { loadLookups } from '../../state/staff-lookups.ts'
import { useLoad } from '../../state/staff-load.ts'
import { useLocale } from '../../state/staff-locale.ts'

export type RiskFormValues = RiskInput & { status?: Risk['status'] }

interface Props {
  heading: string
  /** The risk being edited; a new one when absent. */
  risk?: Risk
  busy: boolean
  error: unknown
  onSave(values: RiskFormValues): void
}

/**
 * The categories a risk may be linked to, to tick: the problem categories
 * (complaints and reports), and any the risk names already (a retired one
 * stays ticked, so saving does not drop it unseen).
 */
function linkable(categories: readonly PublicCategory[], linked: readonly string[]): { id: string; label: PublicCategory['label'] | null }[] {
  const problems = categories.filter((c) => c.kind === 'complaint' || c.kind === 'report' || linked.includes(c.id))
  const unknown = linked.filter((l) => !problems.some((c) => c.id === l))
  return [...problems, ...unknown.map((l) => ({ id: l, label: null }))]
}

/** Adding or editing a risk: the fields stack, one above the other, at any width. */
export function RiskForm({ heading, risk, busy, error, onSave }: Props) {
  const { t, locale } = useLocale()
  const id = (name: string) => `risk-${name}`
  const lookups = useLoad(loadLookups, [])
  const linked = risk?.categoryIds ?? []

  function onSubmit(e: Event) {
    e.preventDefault()
    const f = new FormData(e.currentTarget as HTMLFormElement)
    const text = (k: string) => String(f.get(k) ?? '').trim()
    onSave({
      title: text('title'),
      description: text('description'),
      level: text('level') as Risk['level'],
      owner: text('owner'),
      controls: text('controls'),
      reviewBy: text('reviewBy'),
      categoryIds: f.getAll('categoryIds').map(String),
      ...(risk && { status: text('status') as Risk['status'] }),
    })
  }

  return (
    <form class="stack" onSubmit={onSubmit}>
      <h2>{heading}</h2>
      <label for={id('title')}>{t('lib.risk.title')}</label>
      <input id={id('title')} name="title" required defaultValue={risk?.title} />
      <label for={id('description')}>{t('lib.risk.description')}</label>
      <textarea id={id('description')} name="description" required rows={3} defaultValue={risk?.description} />
      <label for={id('level')}>{t('lib.risk.level')}</label>
      <select id={id('level')} name="level" defaultValue={risk?.level ?? 'medium'}>
        {RISK_LEVELS.map((l) => (
          <option key={l} value={l}>
            {t(`lib.level.${l}`)}
          </option>
        ))}
      </select>
      {risk && (
        <>
          <label for={id('status')}>{t('lib.risk.status')}</label>
          <select id={id('status')} name="status" defaultValue={risk.status}>
            {RISK_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`lib.status.${s}`)}
              </option>
            ))}
          </select>
        </>
      )}
      <label for={id('owner')}>{t('lib.risk.owner')}</label>
      <input id={id('owner')} name="owner" required defaultValue={risk?.owner} />
      <label for={id('controls')}>{t('lib.risk.controls')}</label>
      <textarea id={id('controls')} name="controls" required rows={3} defaultValue={risk?.controls} />
      <label for={id('reviewBy')}>{t('lib.risk.reviewBy')}</label>
      <input id={id('reviewBy')} name="reviewBy" type="date" required defaultValue={risk?.reviewBy} />
      <fieldset>
        <legend>{t('lib.risk.categoryIds')}</legend>
        {!lookups.data ? (
          <Pending error={lookups.error} />
        ) : (
          linkable(lookups.data.categories, linked).map((c) => (
            <label key={c.id} class="check">
              <input type="checkbox" name="categoryIds" value={c.id} defaultChecked={linked.includes(c.id)} />{' '}
              {c.label ? (locale === 'en' ? c.label.en : c.label.zh) : c.id}
            </label>
          ))
        )}
      </fieldset>
      {error !== null && <ApiProblem error={error} />}
      {/* Saved only once the categories show: an unloaded list would unlink them all. */}
      <button type="submit" class="primary" disabled={busy || !lookups.data}>
        {t('lib.save')}
      </button>
    </form>
  )
}
