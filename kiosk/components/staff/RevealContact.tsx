import { useState } from 'preact/hooks'
import type { RevealedContact } from '../../../shared/api-types.ts'
import { revealContact } from '../../api/staff.ts'
import { useAction } from '../../state/staff-action.ts'
import { useLocale } from '../../state/staff-locale.ts'
import { ApiProblem } from './ApiProblem.tsx'

interface Props {
  caseId: string
  onDone(): void
}

/** Shows the reporter's full contact after an explicit click; the server writes it to the audit log. */
export function RevealContact({ caseId, onDone }: Props) {
  const { t } = useLocale()
  const action = useAction(onDone)
  const [contact, setContact] = useState<RevealedContact['contact'] | null>(null)

  if (contact) {
    return (
      <p class="revealed" role="status">
        {t('reveal.shown')} {[contact.name, contact.phone].filter(Boolean).join(' ')}
      </p>
    )
  }
  return (
    <div class="action reveal">
      <p class="warning">{t('reveal.warning')}</p>
      <button type="button" disabled={action.busy} onClick={() => void action.run(async () => setContact((await revealContact(caseId)).contact))}>
        {t('reveal.button')}
      </button>
      <ApiProblem error={action.error} />
    </div>
  )
}
