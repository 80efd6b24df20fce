import type { PublicStore, StoreDirectory, TrackView } from '../../shared/api-types.ts'
import { api } from './client.ts'

export const loadStore = (code: string) => api<PublicStore>(`/api/stores/${encodeURIComponent(code)}`)

export const loadCentre = () => api<{ hotline: string }>('/api/centre')

export const searchStores = (q: string, district: string) =>
  api<StoreDirectory>(`/api/stores?${new URLSearchParams({ q, district })}`)

export const loadTrack = (receipt: string) => api<TrackView>(`/api/track/${encodeURIComponent(receipt)}`)

export const addTrackMessage = (receipt: string, text: string) =>
  api<{ ok: true }>(`/api/track/${encodeURIComponent(receipt)}/messages`, { body: { text } })
