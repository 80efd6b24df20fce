import type { FeedbackKind } from '../../../shared/enums.ts'
import type { Queryable } from '../database.ts'

/** Counts one submission into feedback_daily; storeCode '' stands for "store not given". */
export async function addDailySubmission(
  tx: Queryable,
  d: { storeCode: string; day: string; kind: FeedbackKind; categoryId: string },
): Promise<void> {
  await tx.run(
    `INSERT INTO feedback_daily (store_code, day, kind, category_id, n) VALUES (?, ?, ?, ?, 1)
     ON CONFLICT (store_code, day, kind, category_id) DO UPDATE SET n = n + 1`,
    [d.storeCode, d.day, d.kind, d.categoryId],
  )
}
