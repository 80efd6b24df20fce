// One page of the store table, filtered, sorted and cut on the server: at
// 200,000 stores the whole table would be a 140 MB answer. The rows come
// from storeAggregates, which reads the per-store read model (parsed once
// per revision), never the cases table.
import type { Page, StoreStatsRow } from '../../shared/api-types.ts'
import type { StatsStoresQuery, StoreStatsSort } from '../../shared/staff-schemas.ts'

export const STORE_PAGE_SIZE = 50

/**
 * `district` keeps the registry's order (district, then station code; the
 * row of cases without a store last); every other sort puts the largest
 * number first, ties broken by total and then that same order.
 */
function order(rows: StoreStatsRow[], sort: StoreStatsSort, lastVisits: ReadonlyMap<string, string | null>): StoreStatsRow[] {
  if (sort === 'district') return rows
  if (sort === 'unvisited') {
    // Never visited ('') first, then the longest ago; the row of cases without a store has no visits and goes last.
    const last = (r: StoreStatsRow) => (r.storeCode === null ? '~' : (lastVisits.get(r.storeCode) ?? ''))
    return [...rows].sort((a, b) => last(a).localeCompare(last(b)) || (a.storeCode ?? '').localeCompare(b.storeCode ?? ''))
  }
  return rows
    .map((row, i) => ({ row, i }))
    .sort((a, b) => b.row[sort] - a.row[sort] || b.row.total - a.row.total || a.i - b.i)
    .map((x) => x.row)
}

function matches(row: StoreStatsRow, text: string): boolean {
  const needle = text.toLowerCase()
  return row.storeCode !== null && (row.storeCode.includes(needle) || (row.name ?? '').toLowerCase().includes(needle))
}

/** The requested page of the rows (in registry order, as storeAggregates gives them). */
export function storePage(
  rows: StoreStatsRow[],
  query: StatsStoresQuery,
  lastVisits: ReadonlyMap<string, string | null> = new Map(),
): Page<StoreStatsRow> {
  const { district, q } = query
  const filtered = rows.filter((r) => (!district || r.district === district) && (!q || matches(r, q)))
  const page = query.page ?? 1
  const pageSize = query.pageSize ?? STORE_PAGE_SIZE
  const items = order(filtered, query.sort ?? 'district', lastVisits).slice((page - 1) * pageSize, page * pageSize)
  return { items, total: filtered.length, page, pageSize }
}
