import { FEEDBACK_KINDS } from '../../../shared/enums.ts'
import { type CaseFilters, type FilterKey } from '../../state/staff-case-filters.ts'
import { useLoad } from '../../state/staff-load.ts'
import { useLocale } from '../../state/staff-locale.ts'
import { loadLookups } from '../../state/staff-lookups.ts'
import { useUser } from '../../state/staff-session.tsx'
import { SelectField } from './SelectField.tsx'

interface Props {
  filters: CaseFilters
  onApply(filters: CaseFilters): void
}

const FORM_KEYS: FilterKey[] = ['district', 'store', 'kind', 'category', 'assignee', 'from', 'to', 'q', 'sort', 'order']

/** The inbox's filters; status and the due flags are set by the tabs above it. */
export function CaseFilterForm({ filters, onApply }: Props) {
  const { t, locale } = useLocale()
  const user = useUser()
  const lookups = useLoad(loadLookups, []).data

  function submit(e: Event) {
    e.preventDefault()
    const form = new FormData(e.currentTarget as HTMLFormElement)
    const next: CaseFilters = { status: filters.status, overdue: filters.overdue, dueSoon: filters.dueSoon, ackOverdue: filters.ackOverdue }
    for (const key of FORM_KEYS) next[key] = String(form.get(key) ?? '').trim() || undefined
    onApply(next)
  }

  return (
    <form class="filters" onSubmit={submit} role="search" aria-label={t('filter.label')}>
      <SelectField name="district" label={t('filter.district')} value={filters.district} any={t('filter.any')}
        options={(user.role === 'supervisor' ? user.districts : (lookups?.districts ?? [])).map((d) => [d, d])} />
      <div class="field">
        <label for="f-store">{t('filter.store')}</label>
        <input id="f-store" name="store" inputMode="numeric" defaultValue={filters.store ?? ''} />
      </div>
      <SelectField name="kind" label={t('filter.kind')} value={filters.kind} any={t('filter.any')}
        options={FEEDBACK_KINDS.map((k) => [k, t(`kind.${k}`)])} />
      {/* Suggestions and praise both have 服务, 环境…: each category under its kind. */}
      <SelectField name="category" label={t('filter.category')} value={filters.category} any={t('filter.any')} options={[]}
        groups={FEEDBACK_KINDS.map((k) => ({
          label: t(`kind.${k}`),
          options: (lookups?.categories ?? []).filter((c) => c.kind === k).map((c): [string, string] => [c.id, locale === 'en' ? c.label.en : c.label.zh]),
        })).filter((g) => g.options.length > 0)} />
      <SelectField name="assignee" label={t('filter.assignee')} value={filters.assignee} any={t('filter.any')}
        options={[[user.username, t('filter.mine')], ['none', t('case.unassigned')]]} />
      <div class="field">
        <label for="f-from">{t('filter.from')}</label>
        <input id="f-from" name="from" type="date" defaultValue={filters.from ?? ''} />
      </div>
      <div class="field">
        <label for="f-to">{t('filter.to')}</label>
        <input id="f-to" name="to" type="date" defaultValue={filters.to ?? ''} />
      </div>
      <div class="field grow">
        <label for="f-q">{t('filter.q')}</label>
        <input id="f-q" name="q" type="search" defaultValue={filters.q ?? ''} />
      </div>
      <SelectField name="sort" label={t('filter.sort')} value={filters.sort ?? 'received'}
        options={[['received', t('sort.received')], ['due', t('sort.due')], ['updated', t('sort.updated')]]} />
      <SelectField name="order" label={t('filter.order')} value={filters.order ?? 'desc'}
        options={[['desc', t('order.desc')], ['asc', t('order.asc')]]} />
      <div class="field buttons">
        <button type="submit" class="primary">{t('filter.apply')}</button>
        <button type="button" onClick={() => onApply({})}>{t('filter.reset')}</button>
      </div>
    </form>
  )
}
