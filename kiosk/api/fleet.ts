// The console's calls for the tablet fleet: pairing codes, the fleet list,
// renaming and revoking a tablet.
import type { FleetDevice, PairingCodeCreated } from '../../shared/api-types.ts'
import type { DevicePatchInput, FleetFlag } from '../../shared/fleet-schemas.ts'
import { api } from './client.ts'

export const createPairingCode = (storeCode: string) =>
  api<PairingCodeCreated>(`/api/admin/stores/${encodeURIComponent(storeCode)}/pairing-codes`, { body: {} })

export function listFleet(filter: { district: string; store: string; flag: FleetFlag | '' }): Promise<FleetDevice[]> {
  const query = new URLSearchParams()
  if (filter.district) query.set('district', filter.district)
  if (filter.store) query.set('store', filter.store)
  if (filter.flag) query.set('flag', filter.flag)
  return api<FleetDevice[]>(`/api/admin/devices?${query}`)
}

export const renameDevice = (id: number, patch: DevicePatchInput) => api<FleetDevice>(`/api/admin/devices/${id}`, { method: 'PATCH', body: patch })

export const revokeDevice = (id: number) => api<FleetDevice>(`/api/admin/devices/${id}/revoke`, { body: {} })
