// A store written to the registry, with the read models that follow it: its
// store_summary row (made with the store, carrying its district) and, when
// it moves district, what the district rollup counted for it. Every place
// that adds or changes stores (the console, the CSV import, the demo seed)
// goes through here, so none can forget one of them.
import type { Queryable } from '../db/database.ts'
import { insertStore, updateStore, type Store } from '../db/queries/stores.ts'
import { moveStoreDistrict } from '../stats/district-rollup.ts'
import { registerStoreSummary } from '../stats/store-summary.ts'

/** Registers a new store; call inside the write's transaction. */
export async function addStore(tx: Queryable, store: Store, now: string): Promise<void> {
  await insertStore(tx, store, now)
  await registerStoreSummary(tx, store)
}

/** Writes a store's new fields, `districtBefore` being the district it was in; call inside the write's transaction. */
export async function changeStore(tx: Queryable, next: Store, districtBefore: string, now: string): Promise<void> {
  await updateStore(tx, next, now)
  await registerStoreSummary(tx, next)
  await moveStoreDistrict(tx, next.code, districtBefore, next.district)
}
