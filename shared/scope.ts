// What part of the city a supervisor's view covers: the stores of their
// districts plus single stores listed on their account. The rules that use it
// are in server/auth/scope.ts; the SQL that applies it in server/db/sql.ts.
export interface Scope {
  districts: readonly string[]
  stores: readonly string[]
}

/** Reports in this category are about centre staff or supervisors: never shown inside a supervisor's scope. */
export const MISCONDUCT_CATEGORY = 'staff_misconduct'
