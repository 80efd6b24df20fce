// The problem ledger's cases: the inbox, one case with its timeline, and
// the actions on it. Roles are checked by authorize (route-roles.ts); which
// cases a user may touch is checked here, once, by loadCase.
import { CENTRE_STAFF } from '../../../shared/role-sets.ts'
import { Hono } from 'hono'
import { createMiddleware } from 'hono/factory'
import type { CaseDetail, CaseList, CaseUpdated, ReplyAdded, RevealedContact, StaffIntakeAccepted } from '../../../shared/api-types.ts'
import { staffIntakeSchema } from '../../../shared/loop-schemas.ts'
import { CASE_STATUSES } from '../../../shared/enums.ts'
import { TRANSITIONS } from '../../../shared/lifecycle.ts'
import { caseIdParamSchema, caseQuerySchema, caseUpdateSchema, replySchema } from '../../../shared/staff-schemas.ts'
import { ApiError } from '../../api-error.ts'
import { loadVisibleCase } from '../../auth/case-access.ts'
import { caseFilter } from '../../cases/case-filter.ts'
import { moment, toCaseSummary } from '../../cases/case-summary.ts'
import { recordStaffCase } from '../../cases/record-staff-case.ts'
import { replyToCase } from '../../cases/reply-to-case.ts'
import { updateCase } from '../../cases/update-case.ts'
import { appendAudit } from '../../db/queries/audit.ts'
import { addEvent, lastAssignerRole, listEvents, listMessages } from '../../db/queries/case-changes.ts'
import { countCases, getCase, listCases, type CaseRow } from '../../db/queries/cases.ts'
import { listCasePhotos } from '../../db/queries/photos.ts'
import { fieldEventsRecording } from '../../libraries/read-entries.ts'
import type { User } from '../../../shared/user.ts'
import type { AppDeps, AppEnv } from '../../deps.ts'
import { jsonBody } from '../../middleware/json-body.ts'
import { pathParams } from '../../middleware/path-params.ts'
import { queryParams } from '../../middleware/query-params.ts'

type CaseEnv = { Variables: AppEnv['Variables'] & { case: CaseRow } }

/**
 * Admin and staff may reveal any case's contact; others only on cases that
 * centre staff assigned to them: taking a case oneself never unlocks the
 * reporter's phone (issue 13).
 */
async function mayReveal(deps: AppDeps, user: User, row: CaseRow): Promise<boolean> {
  if (CENTRE_STAFF.includes(user.role)) return true
  if (row.assignee !== user.username) return false
  const assigner = await lastAssignerRole(deps.db, row.id)
  return assigner !== undefined && (CENTRE_STAFF as readonly string[]).includes(assigner)
}

export function adminFeedbackRoutes(deps: AppDeps) {
  const app = new Hono<CaseEnv>()
  const now = () => moment(deps.clock.now(), deps.calendar.get())

  const loadCase = createMiddleware<CaseEnv, string, { out: { param: { id: string } } }>(async (c, next) => {
    c.set('case', await loadVisibleCase(deps.db, c.req.valid('param').id, c.get('user')))
    await next()
  })
  // Staff intake: a case received by hotline, letter, visit or event.
  app.post('/', jsonBody(staffIntakeSchema), async (c) => {
    const { accepted, created } = await recordStaffCase(deps, c.get('user'), c.req.valid('json'))
    return c.json<StaffIntakeAccepted>(accepted, created ? 201 : 200)
  })

  app.use('/:id', pathParams(caseIdParamSchema), loadCase)
  app.use('/:id/*', pathParams(caseIdParamSchema), loadCase)

  app.get('/', queryParams(caseQuerySchema), async (c) => {
    const q = c.req.valid('query')
    const m = now()
    const filter = await caseFilter(deps, c.get('user'), q, m)
    const page = q.page ?? 1
    const pageSize = q.pageSize ?? 25
    const [{ items, total }, counts] = await Promise.all([
      listCases(deps.db, filter, { sort: q.sort ?? 'received', order: q.order ?? 'desc', limit: pageSize, offset: (page - 1) * pageSize }),
      countCases(deps.db, filter),
    ])
    const byStatus = Object.fromEntries(CASE_STATUSES.map((s) => [s, 0])) as CaseList['counts']['byStatus']
    let overdue = 0
    let dueSoon = 0
    let ackOverdue = 0
    let open = 0
    for (const row of counts) {
      byStatus[row.status] = row.n
      open += row.open
      if (!filter.statuses?.length || filter.statuses.includes(row.status)) {
        overdue += row.overdue
        dueSoon += row.dueSoon
        ackOverdue += row.ackOverdue
      }
    }
    return c.json<CaseList>({ items: items.map((r) => toCaseSummary(r, m)), total, page, pageSize, counts: { byStatus, open, overdue, dueSoon, ackOverdue } })
  })

  app.get('/:id', async (c) => {
    const row = c.get('case')
    const [events, messages, photos, recordedIn] = await Promise.all([
      listEvents(deps.db, row.id),
      listMessages(deps.db, row.id),
      listCasePhotos(deps.db, row.id),
      fieldEventsRecording(deps, c.get('user'), row.id),
    ])
    return c.json<CaseDetail>({
      case: toCaseSummary(row, now()),
      events,
      messages,
      photos: photos.map((p) => ({ id: p.id, width: p.width, height: p.height })),
      recordedIn,
      allowedTransitions: row.purgedAt ? [] : [...TRANSITIONS[row.status]],
      canReveal: (await mayReveal(deps, c.get('user'), row)) && (row.contactName !== null || row.contactPhone !== null),
    })
  })

  app.patch('/:id', jsonBody(caseUpdateSchema), async (c) => {
    const row = c.get('case')
    await updateCase(deps, c.get('user'), row, c.req.valid('json'))
    return c.json<CaseUpdated>({ case: toCaseSummary((await getCase(deps.db, row.id))!, now()) })
  })

  app.post('/:id/replies', jsonBody(replySchema), async (c) => {
    const row = c.get('case')
    const user = c.get('user')
    const input = c.req.valid('json')
    const { id, at } = await replyToCase(deps, user, row, input)
    return c.json<ReplyAdded>({ message: { id, author: 'staff', text: input.text, public: input.public, createdAt: at, by: user.username } }, 201)
  })

  app.post('/:id/reveal', async (c) => {
    const row = c.get('case')
    const user = c.get('user')
    if (!(await mayReveal(deps, user, row))) throw new ApiError(403, 'forbidden', 'Only the case handler may see the contact data')
    const at = deps.clock.now().toISOString()
    await deps.db.transaction(async (tx) => {
      await addEvent(tx, { feedbackId: row.id, userId: user.id, type: 'contact_revealed', data: {}, at })
      await appendAudit(tx, { at, actor: user.username, action: 'contact_revealed', target: row.id })
    })
    return c.json<RevealedContact>({ contact: { name: row.contactName, phone: row.contactPhone } })
  })

  return app
}
