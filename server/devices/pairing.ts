// Binding a tablet to a store: staff create a one-time code (in the console's
// fleet page or with `npm run pair`), the tablet trades it for a long-lived
// device token.
import { createHash, randomBytes } from 'node:crypto'
import { newPairingCode, PAIRING_CODE_TTL_MS } from '../../shared/pairing-code.ts'
import { ApiError } from '../api-error.ts'
import type { Database, Queryable } from '../db/database.ts'
import { deletePairingCodesExpiredBefore, getDeviceByToken, getPairingCode, insertDevice, insertPairingCode, usePairingCode, type Device } from '../db/queries/devices.ts'
import { getStore } from '../db/queries/stores.ts'

/** Codes and tokens are kept only as hashes; both carry enough randomness that a plain SHA-256 suffices. */
export const hashSecret = (secret: string) => createHash('sha256').update(secret).digest('hex')

export class UnknownStoreError extends Error {
  override name = 'UnknownStoreError'
}

/** A fresh one-time code for the store, valid for 15 minutes. */
export async function createPairingCode(db: Queryable, storeCode: string, now: Date): Promise<{ code: string; expiresAt: string }> {
  if (!(await getStore(db, storeCode))) throw new UnknownStoreError(`No store has the station code ${storeCode}`)
  const code = newPairingCode()
  const expiresAt = new Date(now.getTime() + PAIRING_CODE_TTL_MS).toISOString()
  // Codes long expired are swept here; a day's grace keeps "already used"
  // and "expired" answers for a tablet that tries a spent code the same day.
  await deletePairingCodesExpiredBefore(db, new Date(now.getTime() - 86_400_000).toISOString())
  await insertPairingCode(db, hashSecret(code), storeCode, now.toISOString(), expiresAt)
  return { code, expiresAt }
}

/** The link the console's QR code carries: the tablet's pairing screen submits the code it finds there. */
export const pairUrl = (publicUrl: string, formattedCode: string) => `${publicUrl}/kiosk?pair=${formattedCode}`

/** Uses the code and registers a new device; the token is returned once and stored only hashed. */
export async function pairDevice(db: Database, code: string, now: Date): Promise<{ token: string; storeCode: string }> {
  const codeHash = hashSecret(code)
  const found = await getPairingCode(db, codeHash)
  if (!found) throw new ApiError(400, 'pairing_code_invalid', 'This pairing code does not exist', { code: 'unknown' })
  if (found.usedAt) throw new ApiError(410, 'pairing_code_used', 'This pairing code was already used; create a new one')
  if (found.expiresAt <= now.toISOString()) throw new ApiError(410, 'pairing_code_expired', 'This pairing code has expired; create a new one')
  const token = randomBytes(32).toString('base64url')
  await db.transaction(async (tx) => {
    // Two tablets racing with the same code: only one wins.
    if (!(await usePairingCode(tx, codeHash, now.toISOString()))) {
      throw new ApiError(410, 'pairing_code_used', 'This pairing code was already used; create a new one')
    }
    await insertDevice(tx, { storeCode: found.storeCode, name: '', tokenHash: hashSecret(token), now: now.toISOString() })
  })
  return { token, storeCode: found.storeCode }
}

/** The live device a token belongs to; an unknown or revoked token is refused. */
export async function authenticateDevice(db: Queryable, token: string): Promise<Device> {
  const device = await getDeviceByToken(db, hashSecret(token))
  if (!device || device.revokedAt) throw new ApiError(403, 'device_revoked', 'This tablet is not (or no longer) paired; pair it again')
  return device
}
