import { RISK_LEVELS, RISK_STATUSES } from '../../../shared/enums.ts'
import type { RiskInput } from '../../../shared/field-schemas.ts'
import type { Risk } from '../../../shared/field-types.ts'
import { ApiProblem } from '../../components/staff/ApiProblem.tsx'
import { useLocale } from '../../state/staff-locale.ts'
import { splitList } from './list-field.ts'

export type RiskFormValues = RiskInput & { status?: Risk['status'] }

interface Props {
  heading: string
  /** The risk being edited; a new one when absent. */
  risk?: Risk
  busy: boolean
  error: unknown
  onSave(values: RiskFormValues): void
}

/** Adding or editing a risk: the fields stack, one above the other, at any width. */
export function RiskForm({ heading, risk, busy, error, onSave }: Props) {
  const { t } = useLocale()
  const id = (name: string) => `risk-${name}`

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
      categoryIds: splitList(text('categoryIds')),
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
      <label for={id('categoryIds')}>{t('lib.risk.categoryIds')}</label>
      <input id={id('categoryIds')} name="categoryIds" aria-describedby={id('categoryIds-hint')} defaultValue={risk?.categoryIds.join(', ')} />
      <span id={id('categoryIds-hint')} class="sub">
        {t('lib.list_hint')}
      </span>
      {error !== null && <ApiProblem error={error} />}
      <button type="submit" class="primary" disabled={busy}>
        {t('lib.save')}
      </button>
    </form>
  )
}
