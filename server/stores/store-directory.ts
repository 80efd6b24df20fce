// The buyer's store directory, paged: GET /api/stores and /report's search
// without scripts answer the same page of it.
import type { StoreDirectory } from '../../shared/api-types.ts'
import type { Queryable } from '../db/database.ts'
import { listDistricts, searchStores } from '../db/queries/stores.ts'

const PAGE_SIZE = 50

export interface DirectorySearch {
  q?: string | undefined
  district?: string | undefined
  page?: number | undefined
}

export async function storeDirectory(db: Queryable, { q, district, page = 1 }: DirectorySearch): Promise<StoreDirectory> {
  const { items, total } = await searchStores(db, { q: q || undefined, district: district || undefined, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE })
  return {
    items: items.map(({ code, name, district, address }) => ({ code, name, district, address })),
    total,
    page,
    pageSize: PAGE_SIZE,
    districts: await listDistricts(db),
  }
}
