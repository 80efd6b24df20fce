import { CENTRE_STAFF } from '../../../shared/role-sets.ts'
import { useState } from 'preact/hooks'
import type { CaseSummary, SessionUser } from '../../../shared/api-types.ts'
import { changeCase, listAssignees } from '../../api/staff.ts'
import { useAction } from '../../state/staff-action.ts'
import { useLoad } from '../../state/staff-load.ts'
import { useLocale } from '../../state/staff-locale.ts'
import { ApiProblem } from './ApiProblem.tsx'
import { mayTake } from './may-take.ts'

interface Props {
  item: CaseSummary
  user: SessionUser
  onDone(): void
}

/** Who handles the case. Centre staff pick anyone; a supervisor takes it on themselves. */
export function AssignAction({ item, user, onDone }: Props) {
  const { t } = useLocale()
  const action = useAction(onDone)
  const picks = CENTRE_STAFF.includes(user.role)
  const users = useLoad(() => (picks ? listAssignees() : Promise.resolve([])), [picks]).data
  const [to, setTo] = useState(item.assignee ?? '')
  const assign = (assignee: string | null) => action.run(() => changeCase(item.id, { assignee }))

  return (
    <form class="action" onSubmit={(e) => (e.preventDefault(), void assign(to || null))}>
      <h3>{t('action.assign')}</h3>
      {picks ? (
        <>
          <label for="assignee">{t('action.assignee')}</label>
          <select id="assignee" value={to} onChange={(e) => setTo(e.currentTarget.value)}>
            <option value="">{t('case.unassigned')}</option>
            {(users ?? []).filter((u) => mayTake(u, item)).map((u) => (
              <option key={u.username} value={u.username}>
                {`${u.username}（${t(`role.${u.role}`)}）`}
              </option>
            ))}
          </select>
          <button type="submit" disabled={action.busy}>
            {t('action.assign')}
          </button>
        </>
      ) : (
        <button type="button" disabled={action.busy || item.assignee === user.username} onClick={() => void assign(user.username)}>
          {t('action.assign_me')}
        </button>
      )}
      <ApiProblem error={action.error} />
    </form>
  )
}
