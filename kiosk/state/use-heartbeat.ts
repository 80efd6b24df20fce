import { useEffect } from 'preact/hooks'
import { ApiFailure } from '../api/client.ts'
import { sendHeartbeat } from '../api/kiosk.ts'
import type { Outbox } from './outbox.ts'

const EVERY_MS = 3 * 60_000

/** Tells the centre every few minutes that this tablet is alive, what it shows and what it still holds. */
/** noticeVersion: the store's own summary of the notices in force (GET /api/stores/:code), as shown. */
export function useHeartbeat(token: string, noticeVersion: string | null, outbox: Outbox, active: boolean, onRevoked: () => void): void {
  useEffect(() => {
    if (!noticeVersion || !active) return
    const beat = async () => {
      const counts = await outbox.counts()
      try {
        await sendHeartbeat(token, {
          noticeVersion,
          outboxLength: counts.pending + counts.failed,
          appVersion: __APP_VERSION__,
        })
      } catch (err) {
        // Offline is normal for a tablet; only a revocation matters here.
        if (err instanceof ApiFailure && err.code === 'device_revoked') onRevoked()
      }
    }
    void beat()
    const timer = setInterval(beat, EVERY_MS)
    return () => clearInterval(timer)
  }, [token, noticeVersion, outbox, active, onRevoked])
}
