// The tablet's pairing, kept in IndexedDB: the device token the server gave
// once, the store it is bound to, and whether the centre has revoked it.
import type { KioskPairing } from '../../shared/api-types.ts'
import { readKv, writeKv } from './local-db.ts'

export interface PairedDevice extends KioskPairing {
  revoked: boolean
}

const KEY = 'device'

export const loadDevice = () => readKv<PairedDevice>(KEY)

export const saveDevice = (device: PairedDevice) => writeKv(KEY, device)
