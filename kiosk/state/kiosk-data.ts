// The store's public data and the categories, kept on the tablet so that it
// starts with no network even where the service worker's cache is missing
// (cleared, or the worker blocked). The network's copy wins when there is one.
import type { PublicCategory, PublicStore } from '../../shared/api-types.ts'
import { loadCategories } from '../api/feedback.ts'
import { loadStore } from '../api/public.ts'
import { readKv, writeKv } from './local-db.ts'

async function freshOrKept<T>(key: string, load: () => Promise<T>): Promise<T> {
  try {
    const fresh = await load()
    await writeKv(key, fresh)
    return fresh
  } catch (err) {
    const kept = await readKv<T>(key)
    if (kept === undefined) throw err
    return kept
  }
}

export async function loadKioskData(storeCode: string): Promise<{ store: PublicStore; categories: PublicCategory[] }> {
  const [store, categories] = await Promise.all([
    freshOrKept(`store:${storeCode}`, () => loadStore(storeCode)),
    freshOrKept('categories', loadCategories),
  ])
  return { store, categories }
}
