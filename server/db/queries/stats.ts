import type { StoreStatsRow as StoreStats } from '../../../shared/api-types.ts'
import type { FeedbackKind } from '../../../shared/enums.ts'
import type { Queryable } from '../database.ts'
import { OPEN_SQL } from './feedback.ts'

/**
 * Per-store counts from the counters kept beside every write (see
 * feedback_counts), plus overdue from the partial index of open cases: no
 * scan of the cases table.
 */
export async function storeStats(db: Queryable, now: string, districts?: readonly string[]): Promise<StoreStats[]> {
  const scoped = districts !== undefined
  const inList = (districts ?? []).map(() => '?').join(', ') || 'NULL'
  const stores = await db.all<{ code: string; name: string; district: string }>(
    `SELECT code, name, district FROM stores ${scoped ? `WHERE district IN (${inList})` : ''} ORDER BY district, code`,
    districts ?? [],
  )
  const byCode = new Map<string, StoreStats>()
  const blank = (storeCode: string | null, name: string | null, district: string | null): StoreStats => ({
    storeCode, name, district, total: 0, open: 0, overdue: 0, byKind: {}, byCategory: {},
    dueSoon: 0, medianCloseHours: null, last7: 0, last30: 0, last90: 0, burst: false, attention: 0,
  })
  for (const s of stores) byCode.set(s.code, blank(s.code, s.name, s.district))
  // Cases without a store belong to no district: only unscoped users see them.
  if (!scoped) byCode.set('', blank(null, null, null))

  const counts = await db.all<{ storeCode: string; kind: FeedbackKind; categoryId: string; isOpen: number; n: number }>(
    `SELECT fc.store_code AS storeCode, c.kind, fc.category_id AS categoryId, fc.is_open AS isOpen, fc.n
     FROM feedback_counts fc JOIN categories c ON c.id = fc.category_id WHERE fc.n <> 0`,
  )
  for (const c of counts) {
    const s = byCode.get(c.storeCode)
    if (!s) continue
    s.total += c.n
    if (c.isOpen) s.open += c.n
    s.byKind[c.kind] = (s.byKind[c.kind] ?? 0) + c.n
    s.byCategory[c.categoryId] = (s.byCategory[c.categoryId] ?? 0) + c.n
  }
  const overdue = await db.all<{ storeCode: string | null; n: number }>(
    `SELECT store_code AS storeCode, COUNT(*) AS n FROM feedback
     WHERE status IN ${OPEN_SQL} AND due_at < ? GROUP BY store_code`,
    [now],
  )
  for (const o of overdue) {
    const s = byCode.get(o.storeCode ?? '')
    if (s) s.overdue = o.n
  }
  return [...byCode.values()]
}
