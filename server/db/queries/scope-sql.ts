import type { Scope } from '../../auth/scope.ts'
import type { Param } from '../database.ts'

const placeholders = (n: number) => Array.from({ length: n }, () => '?').join(', ') || 'NULL'

/** The WHERE condition on a stores table (alias `s.` or none) for a user's scope; pushes its params. */
export function storeScopeSql(scope: Scope | undefined, params: Param[], alias = ''): string {
  if (!scope) return '1 = 1'
  params.push(...scope.districts, ...scope.stores)
  return `(${alias}district IN (${placeholders(scope.districts.length)}) OR ${alias}code IN (${placeholders(scope.stores.length)}))`
}
