// What part of the city a user's case view covers. Admin, staff and viewers
// see the whole city; a supervisor sees the stores of their districts plus
// any single stores listed on their account, and never a conflict-of-interest
// case (see isConflictOfInterest).
import { MISCONDUCT_CATEGORY, type Scope } from '../../shared/scope.ts'
import type { User } from '../../shared/user.ts'

/** The user's scope; undefined for the whole city. */
export function userScope(user: User): Scope | undefined {
  return user.role === 'supervisor' ? { districts: user.districts, stores: user.stores } : undefined
}

/**
 * Supervisors never see reports about centre staff or supervisors, nor any
 * case hidden from their account (the store's supervisor at intake, or named
 * in its text: server/conflicts/hide-from-concerned.ts).
 */
export function hidesConflicts(user: User): boolean {
  return user.role === 'supervisor'
}

/** The account whose hidden cases a query leaves out (its `hideConflictsFor`); undefined for who sees them all. */
export function conflictsHiddenFor(user: User): number | undefined {
  return hidesConflicts(user) ? user.id : undefined
}

/** `hiddenFromUser`: the case's hidden-from set holds the account (decided when its text was written). */
export function isConflictOfInterest(c: { categoryId: string }, hiddenFromUser: boolean): boolean {
  return c.categoryId === MISCONDUCT_CATEGORY || hiddenFromUser
}
