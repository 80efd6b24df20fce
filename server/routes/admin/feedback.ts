import { Hono } from 'hono'
import type { CaseSummary, Page } from '../../../shared/api-types.ts'
import { isOpenStatus } from '../../../shared/enums.ts'
import { maskName, maskPhone } from '../../../shared/mask.ts'
import { listCases } from '../../db/queries/feedback.ts'
import type { AppDeps, AppEnv } from '../../deps.ts'
import { districtScope, requireRole } from '../../middleware/session.ts'

const MAX_PAGE_SIZE = 100

export function adminFeedbackRoutes(deps: AppDeps) {
  const app = new Hono<AppEnv>()
  app.use(requireRole('admin', 'staff', 'supervisor'))

  app.get('/', async (c) => {
    const page = clampInt(c.req.query('page'), 1, 1, 1_000_000)
    const pageSize = clampInt(c.req.query('pageSize'), 25, 1, MAX_PAGE_SIZE)
    const { items, total } = await listCases(deps.db, {
      districts: districtScope(c.get('user')),
      limit: pageSize,
      offset: (page - 1) * pageSize,
    })
    const now = deps.clock.now().toISOString()
    return c.json<Page<CaseSummary>>({
      items: items.map(({ contactName, contactPhone, ...item }) => ({
        ...item,
        contact: contactName || contactPhone
          ? { name: contactName ? maskName(contactName) : null, phone: contactPhone ? maskPhone(contactPhone) : null }
          : null,
        overdue: isOpenStatus(item.status) && item.dueAt < now,
        categoryLabel: { zh: item.categoryId, en: item.categoryId },
        assignee: null,
        updatedAt: item.receivedAt,
        closedAt: null,
        dueSoon: false,
        ackOverdue: false,
        hasReporterUpdate: false,
      })),
      total,
      page,
      pageSize,
    })
  })

  return app
}

function clampInt(raw: string | undefined, fallback: number, min: number, max: number): number {
  const n = Number.parseInt(raw ?? '', 10)
  return Number.isNaN(n) ? fallback : Math.min(max, Math.max(min, n))
}
