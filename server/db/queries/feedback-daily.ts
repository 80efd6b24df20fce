import type { FeedbackKind } from '../../../shared/enums.ts'
import type { Queryable } from '../database.ts'
import { jsonRows } from '../sql.ts'

export interface DailyCount {
  /** '' stands for "store not given". */
  storeCode: string
  day: string
  kind: FeedbackKind
  categoryId: string
}

/**
 * Counts submissions into feedback_daily, in one statement however many:
 * those of one row are summed first (an upsert may change a row only once),
 * and rows are changed in key order, so two writers never wait on each
 * other crosswise.
 */
export async function addDailySubmissions(tx: Queryable, counted: readonly DailyCount[]): Promise<void> {
  const rows = new Map<string, DailyCount & { n: number }>()
  for (const d of counted) {
    const key = JSON.stringify([d.storeCode, d.day, d.kind, d.categoryId])
    const row = rows.get(key)
    if (row) row.n += 1
    else rows.set(key, { ...d, n: 1 })
  }
  if (rows.size === 0) return
  const sorted = [...rows].sort(([a], [b]) => (a < b ? -1 : 1)).map(([, row]) => row)
  // WHERE true: SQLite reads an upsert's SELECT without a WHERE as ambiguous.
  await tx.run(
    `INSERT INTO feedback_daily (store_code, day, kind, category_id, n)
     SELECT value ->> 'storeCode', value ->> 'day', value ->> 'kind', value ->> 'categoryId', CAST(value ->> 'n' AS INTEGER)
     FROM jsonb_each(?) WHERE true
     ON CONFLICT (store_code, day, kind, category_id) DO UPDATE SET n = feedback_daily.n + excluded.n`,
    [jsonRows(sorted)],
  )
}
