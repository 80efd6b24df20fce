// A store's public page data, the same for GET /api/stores/:code and for the
// server-rendered store page.
import type { PublicStore } from '../../shared/api-types.ts'
import type { Queryable } from '../db/database.ts'
import { effectiveNoticeVersions } from '../db/queries/notices.ts'
import { getSetting } from '../db/queries/settings.ts'
import type { Store } from '../db/queries/stores.ts'
import { noticesInForce } from '../notices/notices-in-force.ts'

export async function publicStore(db: Queryable, store: Store, today: string): Promise<PublicStore> {
  return {
    code: store.code,
    name: store.name,
    district: store.district,
    address: store.address,
    active: store.active,
    supervisor: { name: store.supervisorName, phone: store.supervisorPhone },
    hotline: await hotline(db),
    ...noticesInForce(await effectiveNoticeVersions(db, today), store),
  }
}

export const hotline = async (db: Queryable) => (await getSetting(db, 'hotline')) ?? ''
