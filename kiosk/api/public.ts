import type { ConfirmAnswer, PublicStore, StoreDirectory, TrackView } from '../../shared/api-types.ts'
import type { ConfirmInput } from '../../shared/confirm-schema.ts'
import { api } from './client.ts'

/** `poster` is the `v` of the page's own URL, passed on so the server can count scans per poster version. */
export const loadStore = (code: string, poster?: string | null) =>
  api<PublicStore>(`/api/stores/${encodeURIComponent(code)}${poster ? `?${new URLSearchParams({ v: poster })}` : ''}`)

export const loadCentre = () => api<{ hotline: string }>('/api/centre')

export const searchStores = (q: string, district: string, page = 1) =>
  api<StoreDirectory>(`/api/stores?${new URLSearchParams({ q, district, page: String(page) })}`)

export const loadTrack = (receipt: string) => api<TrackView>(`/api/track/${encodeURIComponent(receipt)}`)

export const addTrackMessage = (receipt: string, text: string) =>
  api<{ ok: true }>(`/api/track/${encodeURIComponent(receipt)}/messages`, { body: { text } })

export const confirmFix = (receipt: string, answer: ConfirmInput) =>
  api<ConfirmAnswer>(`/api/track/${encodeURIComponent(receipt)}/confirm`, { body: answer })
