import type { Scope } from '../../../shared/scope.ts'
import type { Param, Queryable } from '../database.ts'
import { storeScopeSql } from '../sql.ts'

export interface Device {
  id: number
  storeCode: string
  name: string
  pairedAt: string
  lastHeartbeatAt: string | null
  appVersion: string | null
  noticeVersion: string | null
  outboxLength: number | null
  revokedAt: string | null
}

export interface PairingCode {
  storeCode: string
  expiresAt: string
  usedAt: string | null
}

const deviceColumns = (a = '') => `${a}id, ${a}store_code AS storeCode, ${a}name, ${a}paired_at AS pairedAt,
  ${a}last_heartbeat_at AS lastHeartbeatAt, ${a}app_version AS appVersion, ${a}notice_version AS noticeVersion,
  ${a}outbox_length AS outboxLength, ${a}revoked_at AS revokedAt`

export async function deletePairingCodesExpiredBefore(db: Queryable, before: string): Promise<void> {
  await db.run('DELETE FROM pairing_codes WHERE expires_at < ?', [before])
}

export async function insertPairingCode(db: Queryable, codeHash: string, storeCode: string, now: string, expiresAt: string): Promise<void> {
  await db.run('INSERT INTO pairing_codes (code_hash, store_code, created_at, expires_at) VALUES (?, ?, ?, ?)', [
    codeHash,
    storeCode,
    now,
    expiresAt,
  ])
}

export async function getPairingCode(db: Queryable, codeHash: string): Promise<PairingCode | undefined> {
  return db.get<PairingCode>(
    'SELECT store_code AS storeCode, expires_at AS expiresAt, used_at AS usedAt FROM pairing_codes WHERE code_hash = ?',
    [codeHash],
  )
}

/** Marks the code used; false when another request used it first. */
export async function usePairingCode(tx: Queryable, codeHash: string, now: string): Promise<boolean> {
  const r = await tx.run('UPDATE pairing_codes SET used_at = ? WHERE code_hash = ? AND used_at IS NULL', [now, codeHash])
  return r.changes === 1
}

export async function insertDevice(tx: Queryable, d: { storeCode: string; name: string; tokenHash: string; now: string }): Promise<number> {
  const r = await tx.run('INSERT INTO devices (store_code, name, token_hash, paired_at) VALUES (?, ?, ?, ?)', [
    d.storeCode,
    d.name,
    d.tokenHash,
    d.now,
  ])
  return r.lastID
}

export async function getDeviceByToken(db: Queryable, tokenHash: string): Promise<Device | undefined> {
  return db.get<Device>(`SELECT ${deviceColumns()} FROM devices WHERE token_hash = ?`, [tokenHash])
}

export async function recordHeartbeat(
  db: Queryable,
  id: number,
  beat: { now: string; appVersion: string; noticeVersion: string; outboxLength: number },
): Promise<void> {
  await db.run('UPDATE devices SET last_heartbeat_at = ?, app_version = ?, notice_version = ?, outbox_length = ? WHERE id = ?', [
    beat.now,
    beat.appVersion,
    beat.noticeVersion,
    beat.outboxLength,
    id,
  ])
}

export async function revokeDevice(db: Queryable, id: number, now: string): Promise<boolean> {
  return (await db.run('UPDATE devices SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL', [now, id])).changes === 1
}

/** A tablet with its store, as the fleet page lists it (flags are worked out in server/devices/fleet.ts). */
export interface DeviceWithStore extends Device {
  storeName: string
  district: string
}

export interface FleetFilter {
  district?: string | undefined
  store?: string | undefined
  scope: Scope | undefined
}

export async function listFleetDevices(db: Queryable, f: FleetFilter): Promise<DeviceWithStore[]> {
  const params: Param[] = []
  const where = [storeScopeSql(f.scope, params, 's.')]
  if (f.district) {
    where.push('s.district = ?')
    params.push(f.district)
  }
  if (f.store) {
    where.push('s.code = ?')
    params.push(f.store)
  }
  return db.all<DeviceWithStore>(
    `SELECT ${deviceColumns('d.')}, s.name AS storeName, s.district
     FROM devices d JOIN stores s ON s.code = d.store_code
     WHERE ${where.join(' AND ')}
     ORDER BY s.district, s.code, d.id`,
    params,
  )
}

export async function getDeviceWithStore(db: Queryable, id: number): Promise<DeviceWithStore | undefined> {
  return db.get<DeviceWithStore>(
    `SELECT ${deviceColumns('d.')}, s.name AS storeName, s.district FROM devices d JOIN stores s ON s.code = d.store_code WHERE d.id = ?`,
    [id],
  )
}

export async function renameDevice(db: Queryable, id: number, name: string): Promise<void> {
  await db.run('UPDATE devices SET name = ? WHERE id = ?', [name, id])
}
