// Poster scans counted in memory and written in batches (issue 13: every
// GET /api/stores/:code?v= wrote a row, 828 a second from one client). At
// most one count per client address, store, poster version and China day,
// across every instance (the address is remembered in limits/counters.ts,
// as a salted hash for a day); only the store's issued poster version (or
// the tablet's "k") counts, so nobody can make a missing poster look
// scanned with a made-up version.
import type { Clock } from '../clock.ts'
import type { Database } from '../db/database.ts'
import type { Counters } from '../limits/counters.ts'
import { countersFor } from '../limits/counters-for.ts'
import { issuedPosterVersion } from '../db/queries/posters.ts'
import { addScans } from '../db/queries/scans.ts'

/** The tablet's own QR code carries this instead of a poster version. */
const KIOSK_SCAN_VERSION = 'k'
export const FLUSH_EVERY_MS = 10_000
const DAY_MS = 24 * 3600_000

interface Pending {
  storeCode: string
  version: string
  day: string
  n: number
}

export class ScanCounter {
  readonly #pending = new Map<string, Pending>()
  #timer: ReturnType<typeof setTimeout> | undefined

  constructor(
    private readonly db: Database,
    private readonly seen: Counters,
  ) {}

  async record(address: string, storeCode: string, version: string, day: string): Promise<void> {
    if (version !== KIOSK_SCAN_VERSION && (await issuedPosterVersion(this.db, storeCode)) !== version) return
    if (!(await this.seen.hit('scan', `${day}\0${address}\0${storeCode}\0${version}`, 1)).allowed) return
    const slot = `${storeCode}\0${version}\0${day}`
    const pending = this.#pending.get(slot) ?? { storeCode, version, day, n: 0 }
    pending.n++
    this.#pending.set(slot, pending)
    this.#timer ??= setTimeout(() => void this.flush().catch((err: unknown) => console.error('scan counts not written', err)), FLUSH_EVERY_MS)
    this.#timer.unref?.()
  }

  /** Writes what is pending in one transaction (also before the admin views read, and at shutdown). */
  async flush(): Promise<void> {
    if (this.#timer) clearTimeout(this.#timer)
    this.#timer = undefined
    if (this.#pending.size === 0) return
    const batch = [...this.#pending.values()]
    this.#pending.clear()
    await this.db.transaction(async (tx) => {
      for (const p of batch) await addScans(tx, p.storeCode, p.version, p.day, p.n)
    })
  }
}

const counters = new WeakMap<object, ScanCounter>()

/** One counter per app (tests build many apps in one process). */
export function scanCounterFor(deps: { db: Database; clock: Clock }): ScanCounter {
  let counter = counters.get(deps)
  if (!counter) {
    counter = new ScanCounter(deps.db, countersFor(deps, DAY_MS))
    counters.set(deps, counter)
  }
  return counter
}
