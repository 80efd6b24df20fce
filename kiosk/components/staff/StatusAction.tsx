import { useState } from 'preact/hooks'
import type { CaseSummary } from '../../../shared/api-types.ts'
import type { CaseStatus } from '../../../shared/enums.ts'
import { changeCase } from '../../api/staff.ts'
import { caseUpdateSchema } from '../../../shared/staff-schemas.ts'
import { useAction, validated } from '../../state/staff-action.ts'
import { useLocale } from '../../state/staff-locale.ts'
import { ApiProblem } from './ApiProblem.tsx'

interface Props {
  item: CaseSummary
  /** The next statuses the lifecycle allows from here, rejection excluded (it has its own form). */
  next: CaseStatus[]
  onDone(): void
}

/** Moves the case along its lifecycle. */
export function StatusAction({ item, next, onDone }: Props) {
  const { t } = useLocale()
  const action = useAction(onDone)
  const [to, setTo] = useState<CaseStatus | ''>('')
  const [reason, setReason] = useState('')
  if (next.length === 0) return null

  async function submit(e: Event) {
    e.preventDefault()
    if (!to) return
    const done = await action.run(() => changeCase(item.id, validated(caseUpdateSchema, { status: to, ...(reason.trim() && { reason }) })))
    if (done) {
      setTo('')
      setReason('')
    }
  }

  return (
    <form class="action" onSubmit={submit}>
      <h3>{t('action.status')}</h3>
      <label for="next-status">{t('action.next_status')}</label>
      <select id="next-status" required value={to} onChange={(e) => setTo(e.currentTarget.value as CaseStatus)}>
        <option value="">{t('filter.choose')}</option>
        {next.map((s) => (
          <option key={s} value={s}>
            {t(`status.${s}`)}
          </option>
        ))}
      </select>
      <label for="status-reason">{t('action.reason_optional')}</label>
      <input id="status-reason" value={reason} onInput={(e) => setReason(e.currentTarget.value)} />
      <button type="submit" disabled={action.busy || !to}>
        {t('action.change_status')}
      </button>
      <ApiProblem error={action.error} />
    </form>
  )
}
