// The case lifecycle: which status may follow which. The console offers only
// these moves; the server answers 409 illegal_transition to any other.
//
// Reopening: a resolved case goes back to in_progress (the reporter says it is
// not fixed); a rejected case goes back to new (rejected or marked as spam by
// mistake). A closed case is final: a new problem is a new report.
import type { CaseStatus, FeedbackKind } from './enums.ts'

export const TRANSITIONS: Readonly<Record<CaseStatus, readonly CaseStatus[]>> = {
  new: ['assigned', 'in_progress', 'rejected'],
  assigned: ['in_progress', 'resolved', 'rejected'],
  in_progress: ['resolved', 'rejected'],
  resolved: ['closed', 'in_progress'],
  closed: [],
  rejected: ['new'],
}

export function canTransition(from: CaseStatus, to: CaseStatus): boolean {
  return TRANSITIONS[from].includes(to)
}

/** Statuses that end the centre's work on a case: they set closed_at. */
export function isFinalStatus(status: CaseStatus): boolean {
  return status === 'closed' || status === 'rejected'
}


/**
 * Whether the reporter is asked "问题解决了吗？": on a resolved case, never on
 * a praise, which is no problem to fix (nor to reopen).
 */
export function asksIfFixed(kind: FeedbackKind, status: CaseStatus): boolean {
  return kind !== 'praise' && status === 'resolved'
}
