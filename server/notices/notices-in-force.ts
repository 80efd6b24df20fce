// Which notice versions a store shows: of each document's newest effective
// version, those whose scope takes in the store. A newer version scoped
// elsewhere withdraws the document from this store rather than falling back
// to an older text, so a correction is never undone by a narrower scope.
import { createHash } from 'node:crypto'
import type { PublicNotice } from '../../shared/api-types.ts'
import type { NoticeVersionRow } from '../db/queries/notices.ts'

export interface NoticesInForce {
  notices: PublicNotice[]
  /** Changes whenever any shown version changes; kiosks compare it with the current one. */
  noticeVersion: string
}

function appliesTo(v: NoticeVersionRow, store: { code: string; district: string }): boolean {
  if (v.scope === 'district') return v.district === store.district
  if (v.scope === 'stores') return v.stores.includes(store.code)
  return true
}

export function noticesInForce(effective: NoticeVersionRow[], store: { code: string; district: string }): NoticesInForce {
  const shown = effective.filter((v) => appliesTo(v, store))
  return {
    notices: shown.map((v) => ({
      id: v.noticeId,
      title: v.title,
      body: v.body,
      version: v.version,
      effectiveDate: v.effectiveDate,
      ...(v.titleEn && { titleEn: v.titleEn }),
      ...(v.bodyEn && { bodyEn: v.bodyEn }),
    })),
    noticeVersion: digest(shown.map((v) => `${v.noticeId}.${v.version}`).join(',')),
  }
}

/** The headline a poster prints: the compliance notice's title in force for the store. */
export function complianceHeadline(effective: NoticeVersionRow[], store: { code: string; district: string }): string {
  const shown = effective.filter((v) => appliesTo(v, store))
  return (shown.find((v) => v.key === 'compliance') ?? shown[0])?.title ?? ''
}

function digest(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 8)
}
