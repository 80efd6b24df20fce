import type { Database } from '../../server/db/database.ts'
import { parseSummary, recentSubmissions } from '../../server/stats/store-summary.ts'
import type { StoreSummaryRow } from '../../server/db/queries/store-summary.ts'

/** Every store's summary as numbers a test can compare, with the windows seen from `today`. */
export async function allStoreSummaries(db: Database, today: string) {
  const rows = await db.all<StoreSummaryRow>(
    `SELECT store_code AS storeCode, total, open, by_category AS byCategory, close_hours AS closeHours,
       day_anchor AS dayAnchor, days FROM store_summary ORDER BY store_code`,
  )
  return rows.map((r) => {
    const s = parseSummary(r)
    return { storeCode: r.storeCode, total: s.total, open: s.open, byCategory: s.byCategory, closeHours: s.closeHours, recent: recentSubmissions(s, today) }
  })
}
