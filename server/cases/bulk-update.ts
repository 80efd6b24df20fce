// POST /api/admin/feedback/bulk: one action on many cases, each case on its
// own as if changed by hand (its own transaction, timeline event and audit
// entry), so one case that may not move does not hold the others back. A
// case the user may not see answers as the single-case routes would:
// not_found (unknown, or hidden by conflict of interest) or forbidden. A
// refused field is named as in the one error shape, so the console can say
// why (an assignee who may not see the case).
import type { BulkAnswer } from '../../shared/api-types.ts'
import type { BulkInput } from '../../shared/loop-schemas.ts'
import type { CaseUpdateInput } from '../../shared/staff-schemas.ts'
import { ApiError } from '../api-error.ts'
import { getCase } from '../db/queries/cases.ts'
import type { User } from '../../shared/user.ts'
import type { AppDeps } from '../deps.ts'
import { caseVisibility } from '../auth/case-access.ts'
import { updateCase } from './update-case.ts'


function changeOf(input: BulkInput): CaseUpdateInput {
  switch (input.action) {
    case 'assign':
      return { assignee: input.assignee ?? null, ...(input.reason && { reason: input.reason }) }
    case 'status':
      return { status: input.status!, ...(input.reason && { reason: input.reason }) }
    case 'reject':
      return { status: 'rejected', reason: input.reason! }
  }
}

export async function bulkUpdate(deps: AppDeps, actor: User, input: BulkInput): Promise<BulkAnswer['results']> {
  const change = changeOf(input)
  const results: BulkAnswer['results'] = []
  for (const id of input.ids) {
    try {
      const row = await getCase(deps.db, id)
      const seen = row ? await caseVisibility(deps.db, actor, row) : 'not_found'
      if (seen !== 'visible') throw new ApiError(seen === 'forbidden' ? 403 : 404, seen, 'Not a case you may change')
      await updateCase(deps, actor, row!, change)
      results.push({ id, ok: true })
    } catch (err) {
      if (!(err instanceof ApiError)) throw err
      results.push({ id, ok: false, error: err.code, ...(err.fields && { fields: err.fields }) })
    }
  }
  return results
}
