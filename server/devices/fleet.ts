// The fleet page's view of the store tablets: what each last reported, set
// against what its store serves now, with the two flags staff act on.
import type { FleetDevice } from '../../shared/api-types.ts'
import type { FleetFlag } from '../../shared/fleet-schemas.ts'
import { chinaDate } from '../../shared/china-time.ts'
import type { Queryable } from '../db/database.ts'
import { listFleetDevices, type DeviceWithStore, type FleetFilter } from '../db/queries/devices.ts'
import { effectiveNoticeVersions, type NoticeVersionRow } from '../db/queries/notices.ts'
import { noticesInForce } from '../notices/notices-in-force.ts'

/** A tablet heartbeats every three minutes; a whole day of silence means it is off, broken or gone. */
const OFFLINE_AFTER_MS = 24 * 3_600_000

export async function fleet(db: Queryable, filter: FleetFilter & { flag?: FleetFlag | undefined }, now: Date): Promise<FleetDevice[]> {
  const devices = await listFleetDevices(db, filter)
  const effective = await effectiveNoticeVersions(db, chinaDate(now))
  const rows = devices.map((d) => fleetRow(d, effective, now))
  if (filter.flag === 'offline') return rows.filter((r) => r.offline)
  if (filter.flag === 'stale') return rows.filter((r) => r.staleNotices)
  return rows
}

export async function fleetDevice(db: Queryable, device: DeviceWithStore, now: Date): Promise<FleetDevice> {
  return fleetRow(device, await effectiveNoticeVersions(db, chinaDate(now)), now)
}

function fleetRow(d: DeviceWithStore, effective: NoticeVersionRow[], now: Date): FleetDevice {
  // The same digest the store page serves and the tablet reports back.
  const currentNoticeVersion = noticesInForce(effective, { code: d.storeCode, district: d.district }).noticeVersion
  const live = d.revokedAt === null
  // A tablet paired a moment ago has not had the time to report.
  const lastSign = Date.parse(d.lastHeartbeatAt ?? d.pairedAt)
  return {
    ...d,
    currentNoticeVersion,
    offline: live && now.getTime() - lastSign > OFFLINE_AFTER_MS,
    staleNotices: live && d.noticeVersion !== null && d.noticeVersion !== currentNoticeVersion,
  }
}
