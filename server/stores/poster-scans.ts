import { countScan } from '../db/queries/scans.ts'
import type { AppDeps } from '../deps.ts'

/**
 * The buyer page (or the server rendering it) passes its URL's `v` through: one more scan of that poster
 * version today. Nothing about the scanner is kept. A counter that cannot be
 * written must not cost the buyer the page, so failures are only logged.
 */
export async function countPosterScan(deps: AppDeps, code: string, v: string | undefined, today: string): Promise<void> {
  if (!v) return
  try {
    await countScan(deps.db, code, v, today)
  } catch (err) {
    console.error(`scan of ${code} not counted`, err)
  }
}
