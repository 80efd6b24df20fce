// The district rollup (table district_counts): a store's numbers summed per
// district, kept in the same transaction as every write that changes a
// store's summary or its reporters' answers (rollups.ts, satisfaction.ts),
// and moved when a store changes district. Each write is one upsert, into
// one of a few shards of the district picked by the code of the write's
// first store: on PostgreSQL submissions run side by side, one case to a
// transaction, and a single row per district would make them queue; a batch
// of submissions on SQLite is one transaction, and adds to one row per
// district and number instead of up to eight. Readers sum the shards, so
// which shard holds a count changes no number.
import type { Queryable } from '../db/database.ts'
import { addDistrictCounts, moveDistrictCounts, storeDays, storeOpenDueDays, type CountDelta } from '../db/queries/district-counts.ts'
import { listConfirmationCounts } from '../db/queries/confirmations.ts'
import { getStoreSummary } from '../db/queries/store-summary.ts'
import { parseSummary } from './store-summary.ts'

export const DISTRICT_SHARDS = 8

/** The shard a write's counts go to: its first store's code's last character's code point, as the backfill of migration 0210 computes it per store. */
export function districtShard(storeCode: string | null): number {
  if (!storeCode) return 0
  return [...storeCode].at(-1)!.codePointAt(0)! % DISTRICT_SHARDS
}

const inLockOrder = (deltas: readonly CountDelta[]) =>
  deltas.filter((d) => d.n !== 0).sort((a, b) => (a.kind === b.kind ? (a.item < b.item ? -1 : a.item > b.item ? 1 : 0) : a.kind < b.kind ? -1 : 1))

/** Adds to the counts of the store's district ('' for cases without a store); call inside the write's transaction. */
export async function countIntoDistrict(tx: Queryable, storeCode: string | null, deltas: readonly CountDelta[]): Promise<void> {
  await countIntoDistricts(tx, deltas.map((d) => ({ ...d, storeCode })))
}

/** Adds to the counts of several stores' districts in one statement; call inside the write's transaction. */
export async function countIntoDistricts(tx: Queryable, deltas: readonly (CountDelta & { storeCode: string | null })[]): Promise<void> {
  if (deltas.length === 0) return
  await addDistrictCounts(
    tx,
    districtShard(deltas[0]!.storeCode),
    deltas.map((d) => ({ ...d, storeCode: d.storeCode ?? '' })),
  )
}

/**
 * Moves everything counted for a store from its old district to its new
 * one, inside the transaction that changes the store. Write transactions
 * never run beside it (see server/db/postgres.ts), so no submission counts
 * into the old district meanwhile.
 */
export async function moveStoreDistrict(tx: Queryable, storeCode: string, from: string, to: string): Promise<void> {
  if (from === to) return
  const deltas: CountDelta[] = []
  const row = await getStoreSummary(tx, storeCode)
  if (row) {
    const s = parseSummary(row)
    deltas.push({ kind: 'total', item: '', n: s.total }, { kind: 'open', item: '', n: s.open })
    for (const [item, n] of Object.entries(s.byCategory)) deltas.push({ kind: 'category', item, n })
    for (const [item, n] of Object.entries(s.closeHours)) deltas.push({ kind: 'hours', item, n })
  }
  for (const { day, n } of await storeDays(tx, storeCode)) deltas.push({ kind: 'day', item: day, n })
  for (const { day, n } of await storeOpenDueDays(tx, storeCode)) deltas.push({ kind: 'due', item: day, n })
  for (const t of await listConfirmationCounts(tx, [storeCode])) {
    deltas.push(
      { kind: 'fixed', item: '', n: t.fixed },
      { kind: 'notFixed', item: '', n: t.notFixed },
      { kind: 'autoClosed', item: '', n: t.autoClosed },
      { kind: 'ratingSum', item: '', n: t.ratingSum },
      { kind: 'ratingCount', item: '', n: t.ratingCount },
    )
  }
  await moveDistrictCounts(tx, from, to, districtShard(storeCode), inLockOrder(deltas))
}
