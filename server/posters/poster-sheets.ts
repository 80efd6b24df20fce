// What is printed on each store's poster, and the poster version derived
// from it. The version is a digest of the printed content (and the URL in
// the QR code), so it changes exactly when a reprint is needed: a new store
// name, supervisor, phone, hotline or compliance headline, or a new
// PUBLIC_URL. It is printed small on the poster and carried in the QR URL,
// which is how scans are counted per poster version.
import { createHash } from 'node:crypto'
import { chinaDate } from '../../shared/china-time.ts'
import type { Queryable } from '../db/database.ts'
import { effectiveNoticeVersions } from '../db/queries/notices.ts'
import { getSetting } from '../db/queries/settings.ts'
import type { Store } from '../db/queries/stores.ts'
import { complianceHeadline } from '../notices/notices-in-force.ts'

export interface PosterSheet {
  code: string
  name: string
  supervisorName: string
  supervisorPhone: string
  hotline: string
  headline: string
  /** What the QR code encodes: `${PUBLIC_URL}/s/<code>?v=<version>`. */
  url: string
  version: string
}

export async function posterSheets(db: Queryable, publicUrl: string, now: Date, stores: Store[]): Promise<PosterSheet[]> {
  const hotline = (await getSetting(db, 'hotline')) ?? ''
  const effective = await effectiveNoticeVersions(db, chinaDate(now))
  return stores.map((s) => {
    const content = {
      code: s.code,
      name: s.name,
      supervisorName: s.supervisorName,
      supervisorPhone: s.supervisorPhone,
      hotline,
      headline: complianceHeadline(effective, s),
    }
    const version = createHash('sha256')
      .update(JSON.stringify([publicUrl, content]))
      .digest('hex')
      .slice(0, 6)
    return { ...content, version, url: `${publicUrl}/s/${encodeURIComponent(s.code)}?v=${version}` }
  })
}
