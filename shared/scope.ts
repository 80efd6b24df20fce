// What part of the city a supervisor's view covers: the stores of their
// districts plus single stores listed on their account. The rules that use it
// are in server/auth/scope.ts; the SQL that applies it in server/db/sql.ts.
export interface Scope {
  districts: readonly string[]
  stores: readonly string[]
}

/** Reports in this category are about centre staff or supervisors: never shown inside a supervisor's scope. */
export const MISCONDUCT_CATEGORY = 'staff_misconduct'

/** Whether a store lies in a scope (undefined: the whole city); the console asks it too, to offer only who may take a case. */
export function storeInScope(scope: Scope | undefined, store: { code: string; district: string } | null): boolean {
  if (!scope) return true
  // A case without a store belongs to no district: only the whole-city view holds it.
  if (!store) return false
  return scope.districts.includes(store.district) || scope.stores.includes(store.code)
}
