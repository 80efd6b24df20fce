// Reading the whole city's per-store summaries fast: the packed JSON of a
// store's summary is parsed (and its kind counts and histogram derived) once
// per revision of its row, so a request reads 2,500 short (code, revision)
// rows and fetches and parses only the summaries that changed since the last
// request. Kept per database, since tests run many side by side.
import type { FeedbackKind } from '../../shared/enums.ts'
import type { Queryable } from '../db/database.ts'
import { storeSummaries, type StoreRevision } from '../db/queries/store-summary.ts'
import { histogramMedian } from './close-hours.ts'
import { parseSummary, type StoreSummary } from './store-summary.ts'

export interface SummaryView {
  summary: StoreSummary
  byKind: Partial<Record<FeedbackKind, number>>
  /** Time-to-close histogram: hours bucket → closed cases. */
  hist: Map<number, number>
  medianCloseHours: number | null
}

interface Entry {
  revision: number
  view: SummaryView
}

const EMPTY: StoreSummary = { total: 0, open: 0, byCategory: {}, closeHours: {}, dayAnchor: '', days: [] }
const caches = new WeakMap<Queryable, Map<string, Entry>>()
// Past this many changed rows one query for all is cheaper than a long IN list.
const FETCH_ALL_ABOVE = 200

/** The current view of each store's summary; callers treat the views as read-only. */
export async function readSummaries(
  db: Queryable,
  stores: readonly StoreRevision[],
  kinds: ReadonlyMap<string, FeedbackKind>,
): Promise<Map<string, SummaryView>> {
  let cache = caches.get(db)
  if (!cache) caches.set(db, (cache = new Map()))
  const stale = stores.filter((s) => s.revision !== null && cache.get(s.storeCode)?.revision !== s.revision).map((s) => s.storeCode)
  if (stale.length > 0) {
    for (const row of await storeSummaries(db, stale.length > FETCH_ALL_ABOVE ? undefined : stale)) {
      cache.set(row.storeCode, { revision: row.revision, view: viewOf(parseSummary(row), kinds) })
    }
  }
  const views = new Map<string, SummaryView>()
  for (const s of stores) views.set(s.storeCode, (s.revision !== null && cache.get(s.storeCode)?.view) || viewOf(EMPTY, kinds))
  return views
}

function viewOf(summary: StoreSummary, kinds: ReadonlyMap<string, FeedbackKind>): SummaryView {
  const byKind = kindCounts(Object.entries(summary.byCategory), kinds)
  const hist = new Map(Object.entries(summary.closeHours).map(([bucket, n]) => [Number(bucket), n]))
  return { summary, byKind, hist, medianCloseHours: histogramMedian(hist) }
}

/** Counts per category summed into counts per feedback kind (categories of no known kind left out). */
export function kindCounts(byCategory: Iterable<[string, number]>, kinds: ReadonlyMap<string, FeedbackKind>): Partial<Record<FeedbackKind, number>> {
  const byKind: Partial<Record<FeedbackKind, number>> = {}
  for (const [category, n] of byCategory) {
    const kind = kinds.get(category)
    if (kind) byKind[kind] = (byKind[kind] ?? 0) + n
  }
  return byKind
}
