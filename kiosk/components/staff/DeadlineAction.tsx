import { chinaDate, chinaDayEnd } from '../../../shared/china-time.ts'
import { useState } from 'preact/hooks'
import { changeCase } from '../../api/staff.ts'
import { caseUpdateSchema } from '../../../shared/staff-schemas.ts'
import { useAction, validated } from '../../state/staff-action.ts'
import { useLocale } from '../../state/staff-locale.ts'
import { ApiProblem } from './ApiProblem.tsx'

interface Props {
  caseId: string
  dueAt: string
  onDone(): void
}

/** Moves the deadline to the end of another day (Beijing time); the reason goes on the timeline. */
export function DeadlineAction({ caseId, dueAt, onDone }: Props) {
  const { t } = useLocale()
  const action = useAction(onDone)
  const [day, setDay] = useState(chinaDate(dueAt))
  const [reason, setReason] = useState('')

  async function submit(e: Event) {
    e.preventDefault()
    const end = chinaDayEnd(day).toISOString()
    if (await action.run(() => changeCase(caseId, validated(caseUpdateSchema, { dueAt: end, reason })))) setReason('')
  }

  return (
    <form class="action" onSubmit={submit}>
      <h3>{t('action.deadline')}</h3>
      <label for="due-day">{t('action.new_deadline')}</label>
      <input id="due-day" type="date" required value={day} onInput={(e) => setDay(e.currentTarget.value)} />
      <label for="due-reason">{t('action.deadline_reason')}</label>
      <input id="due-reason" required value={reason} onInput={(e) => setReason(e.currentTarget.value)} />
      <button type="submit" disabled={action.busy || !day || !reason.trim()}>
        {t('action.change_deadline')}
      </button>
      <ApiProblem error={action.error} />
    </form>
  )
}
