import type { AppDeps } from '../deps.ts'
import { scanCounterFor } from '../scans/scan-counter.ts'

/**
 * The buyer page (or the server rendering it) passes its URL's `v` through:
 * one more scan of that poster version today, at most once per address
 * (server/scans/scan-counter.ts). Nothing about the scanner is kept. A
 * counter that cannot be written must not cost the buyer the page, so
 * failures are only logged.
 */
export async function countPosterScan(deps: AppDeps, address: string, code: string, v: string | undefined, today: string): Promise<void> {
  if (!v) return
  try {
    await scanCounterFor(deps).record(address, code, v, today)
  } catch (err) {
    console.error(`scan of ${code} not counted`, err)
  }
}
