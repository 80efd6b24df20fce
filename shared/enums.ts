// The fixed vocabularies both ends agree on. Categories are data (see the
// categories table); these are not.

export const FEEDBACK_KINDS = ['complaint', 'report', 'suggestion', 'praise'] as const
export type FeedbackKind = (typeof FEEDBACK_KINDS)[number]

/** Where a buyer's own submission came from: all POST /api/feedback accepts. */
export const PUBLIC_CHANNELS = ['qr', 'kiosk', 'web'] as const
export type PublicChannel = (typeof PUBLIC_CHANNELS)[number]
/** Cases staff record for someone who called the hotline, wrote, came in or spoke to them at an event (issue 11). */
export const STAFF_CHANNELS = ['hotline', 'letter', 'visit', 'event'] as const
/** Every case's channel: the public ones, staff intake, and `inspection`, a failure found on a supervisor's visit (issue 10). */
export const CHANNELS = [...PUBLIC_CHANNELS, ...STAFF_CHANNELS, 'inspection'] as const
export type Channel = (typeof CHANNELS)[number]

/** The kinds of supervisors' store visits (issue 10). */
export const VISIT_TYPES = ['inspection', 'training', 'recheck', 'support'] as const
export type VisitType = (typeof VISIT_TYPES)[number]

export const CHECK_RESULTS = ['pass', 'fail', 'fixed'] as const
export type CheckResult = (typeof CHECK_RESULTS)[number]

export const RISK_LEVELS = ['low', 'medium', 'high'] as const
export type RiskLevel = (typeof RISK_LEVELS)[number]
/** A risk is retired rather than deleted, so its history stays readable. */
export const RISK_STATUSES = ['active', 'retired'] as const
export type RiskStatus = (typeof RISK_STATUSES)[number]

export const CASE_STATUSES = ['new', 'assigned', 'in_progress', 'resolved', 'closed', 'rejected'] as const
export type CaseStatus = (typeof CASE_STATUSES)[number]

// A case is "open" while the centre still owes the reporter work on it; only
// open cases can be overdue.
export const OPEN_STATUSES: readonly CaseStatus[] = ['new', 'assigned', 'in_progress']

export function isOpenStatus(status: CaseStatus): boolean {
  return OPEN_STATUSES.includes(status)
}

/**
 * An open problem is what the open, overdue, due-soon, not-acknowledged and
 * attention numbers count. Praise is counted and answered, but there is
 * nothing to fix, so it never is one (issue 9).
 */
export function isOpenProblem(kind: FeedbackKind, status: CaseStatus): boolean {
  return kind !== 'praise' && isOpenStatus(status)
}

export const ROLES = ['admin', 'staff', 'supervisor', 'viewer'] as const
export type Role = (typeof ROLES)[number]

// Which stores a notice version is shown in.
export const NOTICE_SCOPES = ['all', 'district', 'stores'] as const
export type NoticeScope = (typeof NOTICE_SCOPES)[number]
