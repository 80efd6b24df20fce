// Which stores a user may act on, checked the same way by every route that
// takes a store, or something of a store's (a tablet, a case): an unknown
// store is 404, a store outside a supervisor's area is 403.
import { ApiError } from '../api-error.ts'
import type { Queryable } from '../db/database.ts'
import { getStore, type Store } from '../db/queries/stores.ts'
import type { User } from '../../shared/user.ts'
import { storeInScope } from '../../shared/scope.ts'
import { userScope } from './scope.ts'

/** Throws 403 unless the store (null for a case without one) lies in the user's area. */
export function requireStoreInScope(user: User, store: { code: string; district: string } | null, message = 'This store is outside your districts'): void {
  if (!storeInScope(userScope(user), store)) throw new ApiError(403, 'forbidden', message)
}

/** The store with this station code if the user may act on it. */
export async function loadStoreInScope(db: Queryable, code: string, user: User): Promise<Store> {
  const store = await getStore(db, code)
  if (!store) throw new ApiError(404, 'store_not_found', 'No store has this station code')
  requireStoreInScope(user, store)
  return store
}
