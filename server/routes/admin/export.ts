// GET /api/admin/feedback.csv: the inbox's current filter as a spreadsheet.
// Streamed a page at a time as the client reads (keyset paging on
// received_at, id), so a million rows are never held in memory.
import { Hono } from 'hono'
import { chinaDate } from '../../../shared/china-time.ts'
import { CENTRE_STAFF } from '../../../shared/role-sets.ts'
import { caseQuerySchema } from '../../../shared/staff-schemas.ts'
import { ApiError } from '../../api-error.ts'
import { caseFilter } from '../../cases/case-filter.ts'
import { UTF8_BOM, csvWriter } from '../../cases/case-csv.ts'
import { moment } from '../../cases/case-summary.ts'
import { appendAudit } from '../../db/queries/audit.ts'
import { exportPage } from '../../db/queries/cases.ts'
import { countCasePhotos } from '../../db/queries/photos.ts'
import type { AppDeps, AppEnv } from '../../deps.ts'
import { queryParams } from '../../middleware/query-params.ts'

const ROWS_PER_PULL = 500

export function adminExportRoutes(deps: AppDeps) {
  const app = new Hono<AppEnv>()

  app.get('/', queryParams(caseQuerySchema), async (c) => {
    const user = c.get('user')
    // Paging and sort are the inbox's; the export is every matching row, oldest first.
    const { reveal: revealFlag, page: _page, pageSize: _pageSize, sort: _sort, order: _order, ...query } = c.req.valid('query')
    const reveal = revealFlag === '1'
    if (reveal && !CENTRE_STAFF.includes(user.role)) {
      throw new ApiError(403, 'forbidden', 'Only centre staff may export contact data')
    }
    const m = moment(deps.clock.now(), deps.calendar.get())
    const filter = await caseFilter(deps, user, query, m)
    await appendAudit(deps.db, { at: m.now, actor: user.username, action: 'export', target: 'feedback.csv', detail: { filter: query, reveal } })

    const writer = csvWriter('zh-CN', m, reveal)
    const encoder = new TextEncoder()
    let after: { receivedAt: string; id: string } | null = null
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(encoder.encode(UTF8_BOM + writer.header()))
      },
      async pull(controller) {
        const rows = await exportPage(deps.db, filter, after, ROWS_PER_PULL)
        if (rows.length > 0) {
          const photos = await countCasePhotos(deps.db, rows.map((r) => r.id))
          controller.enqueue(encoder.encode(rows.map((r) => writer.line(r, photos.get(r.id) ?? 0)).join('')))
          const last = rows.at(-1)!
          after = { receivedAt: last.receivedAt, id: last.id }
        }
        if (rows.length < ROWS_PER_PULL) controller.close()
      },
    })
    const day = chinaDate(m.now).replace(/-/g, '')
    return c.body(body, 200, {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="feedback-${day}.csv"`,
      'cache-control': 'no-store',
    })
  })

  return app
}
