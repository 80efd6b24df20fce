// The baseline for the per-store stats: what the figures cost without the
// counters, as one GROUP BY over the cases table in the same database.
import { join } from 'node:path'
import sqlite3 from 'sqlite3'
import { DB_FILE } from '../server/open-data.ts'

export function naiveStoreStats(dataDir: string, now: Date): Promise<unknown[]> {
  const db = new sqlite3.Database(join(dataDir, DB_FILE), sqlite3.OPEN_READONLY)
  return new Promise((resolve, reject) =>
    db.all(
      `SELECT s.code, s.name, s.district, f.kind, f.category_id, COUNT(*) AS total,
         SUM(f.status IN ('new', 'assigned', 'in_progress') AND f.kind <> 'praise') AS open,
         SUM(f.status IN ('new', 'assigned', 'in_progress') AND f.kind <> 'praise' AND f.due_at < ?) AS overdue
       FROM feedback f LEFT JOIN stores s ON s.code = f.store_code
       GROUP BY f.store_code, f.kind, f.category_id`,
      [now.toISOString()],
      (err, rows) => db.close(() => (err ? reject(err) : resolve(rows))),
    ),
  )
}
