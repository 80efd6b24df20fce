import type { KioskPairing } from '../../shared/api-types.ts'
import { DEVICE_TOKEN_HEADER } from '../../shared/device-token.ts'
import type { HeartbeatInput } from '../../shared/schemas.ts'
import { api } from './client.ts'

export const pairKiosk = (code: string) => api<KioskPairing>('/api/kiosk/pair', { body: { code } })

export const sendHeartbeat = (token: string, beat: HeartbeatInput) =>
  api<{ ok: true }>('/api/kiosk/heartbeat', { body: beat, headers: { [DEVICE_TOKEN_HEADER]: token } })
