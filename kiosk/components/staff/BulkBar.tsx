import { useState } from 'preact/hooks'
import { CASE_STATUSES } from '../../../shared/enums.ts'
import type { BulkAnswer, CaseSummary } from '../../../shared/api-types.ts'
import { BULK_ACTIONS, bulkSchema } from '../../../shared/loop-schemas.ts'
import { formatReceipt } from '../../../shared/receipt.ts'
import { CENTRE_STAFF } from '../../../shared/role-sets.ts'
import { bulkChange } from '../../api/loop.ts'
import { listAssignees } from '../../api/staff.ts'
import { useAction, validated } from '../../state/staff-action.ts'
import { useLoad } from '../../state/staff-load.ts'
import { useLocale } from '../../state/staff-locale.ts'
import { useUser } from '../../state/staff-session.tsx'
import { ApiProblem } from './ApiProblem.tsx'
import { errorCodeKey } from './error-key.ts'
import { fieldNameKey } from './field-names.ts'
import { mayTake } from './may-take.ts'

interface Props {
  /** The selected cases of this page, in the inbox's order. */
  selected: CaseSummary[]
  /** After the action ran (whatever each case's result): the list is loaded again. */
  onDone(): void
}

type BulkAction = (typeof BULK_ACTIONS)[number]

/** Assign, move or reject the selected cases in one action, then each case's result. */
export function BulkBar({ selected, onDone }: Props) {
  const { t } = useLocale()
  const user = useUser()
  const picks = CENTRE_STAFF.includes(user.role)
  const users = useLoad(() => (picks ? listAssignees() : Promise.resolve([user])), [picks]).data ?? []
  const [kind, setKind] = useState<BulkAction>('assign')
  const [assignee, setAssignee] = useState('')
  const [status, setStatus] = useState('')
  const [reason, setReason] = useState('')
  // The answer with the receipts it was about: the selection is gone once the list reloads.
  const [answer, setAnswer] = useState<{ results: BulkAnswer['results']; receipts: Record<string, string> } | null>(null)
  const action = useAction(onDone)
  // Only who may take every selected case is offered; the choice lapses when the selection rules it out.
  const offered = users.filter((u) => selected.every((c) => mayTake(u, c)))
  const chosen = offered.some((u) => u.username === assignee) ? assignee : ''
  const leftOut = users.length - offered.length

  function apply(e: Event) {
    e.preventDefault()
    const receipts = Object.fromEntries(selected.map((c) => [c.id, c.receipt]))
    const input = { ids: selected.map((c) => c.id), action: kind, ...pick(kind, { assignee: chosen, status, reason }) }
    void action.run(async () => {
      const { results } = await bulkChange(validated(bulkSchema, input))
      setAnswer({ results, receipts })
    })
  }

  const failed = answer?.results.filter((r) => !r.ok) ?? []
  // Why a case was not done, in words: a refused field when the server named one, else the error.
  const why = (r: BulkAnswer['results'][number]) => {
    if (r.fields?.assignee === 'not_allowed') return t('bulk.assignee_not_allowed')
    const fields = Object.entries(r.fields ?? {})
    if (fields.length === 0) return t(errorCodeKey(r.error ?? 'internal'))
    return fields.map(([path, code]) => `${t(fieldNameKey(path) ?? 'error.validation')}：${t(`field.${code}`)}`).join('；')
  }
  return (
    <>
      {selected.length > 0 && (
        <form class="action bulk" onSubmit={apply} aria-labelledby="bulk-title">
          <h2 id="bulk-title">{t('bulk.title', { n: selected.length })}</h2>
          <div class="filters">
            <div class="field">
              <label for="bulk-action">{t('bulk.action')}</label>
              <select id="bulk-action" value={kind} onChange={(e) => setKind(e.currentTarget.value as BulkAction)}>
                {BULK_ACTIONS.map((a) => (
                  <option key={a} value={a}>
                    {t(`bulk.${a}`)}
                  </option>
                ))}
              </select>
            </div>
            {kind === 'assign' && (
              <div class="field">
                <label for="bulk-assignee">{t('action.assignee')}</label>
                <select id="bulk-assignee" value={chosen} onChange={(e) => setAssignee(e.currentTarget.value)} aria-describedby={leftOut > 0 ? 'bulk-assignee-note' : undefined}>
                  <option value="">{t('case.unassigned')}</option>
                  {offered.map((u) => (
                    <option key={u.username} value={u.username}>
                      {`${u.username}（${t(`role.${u.role}`)}）`}
                    </option>
                  ))}
                </select>
                {leftOut > 0 && <small id="bulk-assignee-note">{t('bulk.assignee_left_out', { n: leftOut })}</small>}
              </div>
            )}
            {kind === 'status' && (
              <div class="field">
                <label for="bulk-status">{t('action.next_status')}</label>
                <select id="bulk-status" required value={status} onChange={(e) => setStatus(e.currentTarget.value)}>
                  <option value="" />
                  {CASE_STATUSES.filter((s) => s !== 'new' && s !== 'rejected').map((s) => (
                    <option key={s} value={s}>
                      {t(`status.${s}`)}
                    </option>
                  ))}
                </select>
              </div>
            )}
            {kind === 'reject' && (
              <div class="field grow">
                <label for="bulk-reason">{t('action.reject_reason')}</label>
                <input id="bulk-reason" required maxLength={500} value={reason} onInput={(e) => setReason(e.currentTarget.value)} />
              </div>
            )}
            <div class="field buttons">
              <button type="submit" class="primary" disabled={action.busy}>
                {t('bulk.apply')}
              </button>
            </div>
          </div>
          <ApiProblem error={action.error} />
        </form>
      )}
      {answer && (
        <section class="bulk-result" role="status">
          <p>{t('bulk.result', { ok: answer.results.length - failed.length, failed: failed.length })}</p>
          {failed.length > 0 && (
            <ul>
              {failed.map((r) => (
                <li key={r.id} data-case={r.id}>
                  <span class="mono">{formatReceipt(answer.receipts[r.id] ?? r.id)}</span>
                  {`：${why(r)}`}
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
    </>
  )
}

/** The one field each action needs; an empty assignee hands the cases back to nobody. */
function pick(kind: BulkAction, f: { assignee: string; status: string; reason: string }) {
  if (kind === 'assign') return { assignee: f.assignee || null }
  if (kind === 'status') return { status: f.status || undefined }
  return { reason: f.reason }
}
