import { useState } from 'preact/hooks'
import { changeCase } from '../../api/staff.ts'
import { caseUpdateSchema } from '../../../shared/staff-schemas.ts'
import { useAction, validated } from '../../state/staff-action.ts'
import { useLocale } from '../../state/staff-locale.ts'
import { ApiProblem } from './ApiProblem.tsx'

interface Props {
  caseId: string
  onDone(): void
}

/** Rejects a case with a reason, or marks it as spam (a rejection whose reason is "spam"). */
export function RejectAction({ caseId, onDone }: Props) {
  const { t } = useLocale()
  const action = useAction(onDone)
  const [reason, setReason] = useState('')
  const reject = (why: string) => action.run(() => changeCase(caseId, validated(caseUpdateSchema, { status: 'rejected', reason: why })))

  return (
    <form class="action" onSubmit={(e) => (e.preventDefault(), void reject(reason.trim()))}>
      <h3>{t('action.reject')}</h3>
      <label for="reject-reason">{t('action.reject_reason')}</label>
      <textarea id="reject-reason" required rows={2} value={reason} onInput={(e) => setReason(e.currentTarget.value)} />
      <div class="buttons">
        <button type="submit" disabled={action.busy || !reason.trim()}>
          {t('action.reject')}
        </button>
        <button type="button" disabled={action.busy} onClick={() => void reject('spam')}>
          {t('action.spam')}
        </button>
      </div>
      <ApiProblem error={action.error} />
    </form>
  )
}
