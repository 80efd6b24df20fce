// Choices for the console's filters, from the public API: districts and categories.
import type { PublicCategory } from '../../shared/api-types.ts'
import { loadCategories } from '../api/feedback.ts'
import { searchStores } from '../api/public.ts'

interface Lookups {
  districts: string[]
  categories: PublicCategory[]
}

let cached: Promise<Lookups> | null = null

/** Loaded once per visit: both lists change rarely. */
export function loadLookups(): Promise<Lookups> {
  cached ??= Promise.all([searchStores('', ''), loadCategories()]).then(([dir, categories]) => ({
    districts: dir.districts,
    categories,
  }))
  cached.catch(() => (cached = null))
  return cached
}
