import type { Queryable } from '../database.ts'

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

const DEVICE_COLUMNS = `id, store_code AS storeCode, name, paired_at AS pairedAt, last_heartbeat_at AS lastHeartbeatAt,
  app_version AS appVersion, notice_version AS noticeVersion, outbox_length AS outboxLength, revoked_at AS revokedAt`

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
  return db.get<Device>(`SELECT ${DEVICE_COLUMNS} FROM devices WHERE token_hash = ?`, [tokenHash])
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
