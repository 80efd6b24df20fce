// A case as the console lists it: contact masked, deadline flags computed
// against the working-day calendar.
import type { CaseSummary } from '../../shared/api-types.ts'
import { isOpenProblem } from '../../shared/enums.ts'
import { maskName, maskPhone } from '../../shared/mask.ts'
import { addDays, chinaDate, chinaDayStart } from '../../shared/china-time.ts'
import { addWorkingDays, isWorkingDay, type HolidayCalendar } from '../../shared/working-days.ts'
import type { CaseRow } from '../db/queries/cases.ts'

export interface Moment {
  now: string
  /** End of the next working day. */
  soonEnd: string
  /**
   * The acknowledge SLA of the issue: a case leaves `new` by the end of the
   * working day after the day it was received. So a case still `new` is late
   * exactly when it was received before the start (China time) of the last
   * working day before today.
   */
  ackCutoff: string
}

export function moment(now: Date, calendar: HolidayCalendar): Moment {
  let day = chinaDate(now)
  do day = addDays(day, -1)
  while (!isWorkingDay(day, calendar))
  return { now: now.toISOString(), soonEnd: addWorkingDays(now, 1, calendar).toISOString(), ackCutoff: chinaDayStart(day).toISOString() }
}

export function maskedContact(row: Pick<CaseRow, 'contactName' | 'contactPhone'>): CaseSummary['contact'] {
  if (!row.contactName && !row.contactPhone) return null
  return {
    name: row.contactName ? maskName(row.contactName) : null,
    phone: row.contactPhone ? maskPhone(row.contactPhone) : null,
  }
}

export function toCaseSummary(r: CaseRow, m: Moment): CaseSummary {
  const open = isOpenProblem(r.kind, r.status)
  return {
    id: r.id,
    receipt: r.receipt,
    storeCode: r.storeCode,
    storeName: r.storeName,
    district: r.district,
    kind: r.kind,
    categoryId: r.categoryId,
    categoryLabel: { zh: r.labelZh, en: r.labelEn },
    message: r.message,
    contact: maskedContact(r),
    anonymous: r.anonymous === 1,
    channel: r.channel,
    visitId: r.visitId,
    status: r.status,
    assignee: r.assignee,
    createdAt: r.createdAt,
    receivedAt: r.receivedAt,
    updatedAt: r.updatedAt,
    dueAt: r.dueAt,
    closedAt: r.closedAt,
    overdue: open && r.dueAt < m.now,
    dueSoon: open && r.dueAt >= m.now && r.dueAt <= m.soonEnd,
    ackOverdue: open && r.status === 'new' && r.receivedAt < m.ackCutoff,
    hasReporterUpdate: !!r.reporterUpdatedAt && (!r.staffUpdatedAt || r.reporterUpdatedAt > r.staffUpdatedAt),
    notFixed: r.notFixed === 1,
    purgedAt: r.purgedAt,
  }
}
