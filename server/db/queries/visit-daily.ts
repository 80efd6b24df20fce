// visit_daily: visits and checklist answers per store and China day, the
// rollup campaign progress reads (see server/stats/visit-rollups.ts).
import type { Queryable } from '../database.ts'

export interface VisitDayCounts {
  inspections: number
  trainings: number
  failed: number
  fixed: number
}

export async function addVisitDay(tx: Queryable, storeCode: string, day: string, n: VisitDayCounts): Promise<void> {
  await tx.run(
    `INSERT INTO visit_daily (store_code, day, inspections, trainings, failed, fixed) VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (day, store_code) DO UPDATE SET inspections = visit_daily.inspections + excluded.inspections,
       trainings = visit_daily.trainings + excluded.trainings, failed = visit_daily.failed + excluded.failed,
       fixed = visit_daily.fixed + excluded.fixed`,
    [storeCode, day, n.inspections, n.trainings, n.failed, n.fixed],
  )
}
