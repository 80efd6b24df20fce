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
  // Spam rejects at one click, so it asks first.
  const [confirmSpam, setConfirmSpam] = useState(false)
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
        <button type="button" disabled={action.busy} onClick={() => setConfirmSpam(true)}>
          {t('action.spam')}
        </button>
      </div>
      {confirmSpam && (
        <div role="alertdialog" aria-labelledby="spam-confirm" class="confirm">
          <p id="spam-confirm">{t('spam.confirm')}</p>
          <button type="button" disabled={action.busy} onClick={() => (setConfirmSpam(false), void reject('spam'))}>
            {t('spam.yes')}
          </button>
          <button type="button" onClick={() => setConfirmSpam(false)}>
            {t('spam.cancel')}
          </button>
        </div>
      )}
      <ApiProblem error={action.error} />
    </form>
  )
}
