import { useState } from 'preact/hooks'
import type { AdminCategory } from '../../../shared/api-types.ts'
import { changeCategory } from '../../api/staff.ts'
import { categoryUpdateSchema } from '../../../shared/staff-schemas.ts'
import { useAction, validated } from '../../state/staff-action.ts'
import { useLocale } from '../../state/staff-locale.ts'
import { ApiProblem } from './ApiProblem.tsx'

interface Props {
  category: AdminCategory
  /** The category's name, so the input's label says which one it edits. */
  label: string
  onDone(): void
}

export function SlaInput({ category, label, onDone }: Props) {
  const { t } = useLocale()
  const [days, setDays] = useState(String(category.slaDays))
  const action = useAction(onDone)
  const id = `sla-${category.id}`
  return (
    <form class="inline-action" onSubmit={(e) => (e.preventDefault(), void action.run(() => changeCategory(category.id, validated(categoryUpdateSchema, { slaDays: Number(days) }))))}>
      <label for={id} class="visually-hidden">{t('settings.sla_for', { name: label })}</label>
      <input id={id} type="number" min={1} max={60} required value={days} onInput={(e) => setDays(e.currentTarget.value)} />
      <button type="submit" disabled={action.busy || days === String(category.slaDays)}>
        {t('settings.save')}
      </button>
      <ApiProblem error={action.error} />
    </form>
  )
}
