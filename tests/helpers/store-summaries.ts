import type { Database } from '../../server/db/database.ts'
import { parseSummary, recentSubmissions } from '../../server/stats/store-summary.ts'
import type { StoreSummaryRow } from '../../server/db/queries/store-summary.ts'
import { migrationSection } from './migration-section.ts'

/**
 * The per-store read model rebuilt from the cases by the backfills of its
 * migrations (SQLite): 0042's rebuild of the summaries, then 0200's rows
 * for every store, districts and sort keys as of '' (0, for the first catch-up).
 */
export const STORE_SUMMARY_REBUILD = [
  migrationSection('0042_praise_not_open.sql', 'DELETE FROM store_summary'),
  migrationSection('0200_store_sort_keys.sql', 'DELETE FROM store_keys_as_of'),
].join('\n')

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

/** Every store's district and sort keys as store_summary holds them. */
export async function allSortKeys(db: Database) {
  return db.all<{ storeCode: string; district: string | null; overdue: number; dueSoon: number; last7: number; today: number; prior28: number; attention: number }>(
    `SELECT store_code AS storeCode, district, overdue, due_soon AS dueSoon, last7, today_count AS today, prior28, attention
     FROM store_summary ORDER BY store_code`,
  )
}
