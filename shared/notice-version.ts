// One string naming the notices a screen shows, each with its version:
// "1:3,2:1". A kiosk reports it in its heartbeat; the centre compares it with
// the same function over the current notices to see which tablets are stale.
import type { PublicNotice } from './api-types.ts'

export function noticeVersion(notices: readonly Pick<PublicNotice, 'id' | 'version'>[]): string {
  return [...notices]
    .sort((a, b) => a.id - b.id)
    .map((n) => `${n.id}:${n.version}`)
    .join(',')
}
