import { useEffect } from 'preact/hooks'
import { noticeVersion } from '../../shared/notice-version.ts'
import type { PublicNotice } from '../../shared/api-types.ts'
import { ApiFailure } from '../api/client.ts'
import { sendHeartbeat } from '../api/kiosk.ts'
import type { Outbox } from './outbox.ts'

const EVERY_MS = 3 * 60_000

/** Tells the centre every few minutes that this tablet is alive, what it shows and what it still holds. */
export function useHeartbeat(token: string, notices: PublicNotice[] | null, outbox: Outbox, active: boolean, onRevoked: () => void): void {
  useEffect(() => {
    if (!notices || !active) return
    const beat = async () => {
      const counts = await outbox.counts()
      try {
        await sendHeartbeat(token, {
          noticeVersion: noticeVersion(notices),
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
  }, [token, notices, outbox, active, onRevoked])
}
