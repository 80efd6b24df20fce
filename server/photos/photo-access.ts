// Who may see a photo. A buyer's photo is part of its case; a supervisor's
// photo of a failed item is the evidence of the case that failure opened,
// so the same case rule applies (403 out of area, 404 when hidden by a
// conflict of interest); any other photo of a visit follows the visited
// store's area. The answer names what the view is audited against.
import type { PhotoRef } from '../../shared/photos.ts'
import type { StoredVisitSummary, VisitSummary } from '../../shared/field-types.ts'
import type { User } from '../../shared/user.ts'
import { ApiError } from '../api-error.ts'
import { loadVisibleCase } from '../auth/case-access.ts'
import { requireStoreInScope } from '../auth/store-access.ts'
import type { Queryable } from '../db/database.ts'
import { listVisitPhotos, type PhotoRecord } from '../db/queries/photos.ts'
import { caseOfVisitItem, getVisitForPhotos } from '../db/queries/visits.ts'

/** Throws unless the user may see the photo; returns the case and/or visit it belongs to. */
export async function requirePhotoVisible(db: Queryable, user: User, photo: PhotoRecord): Promise<{ caseId?: string; visitId?: string }> {
  if (photo.ownerType === 'feedback') {
    await loadVisibleCase(db, photo.ownerId, user)
    return { caseId: photo.ownerId }
  }
  const visit = await getVisitForPhotos(db, photo.ownerId)
  if (!visit) throw new ApiError(404, 'not_found', 'No such photo')
  const caseId = photo.itemId ? await caseOfVisitItem(db, visit.id, photo.itemId) : null
  if (caseId) {
    await loadVisibleCase(db, caseId, user)
    return { caseId, visitId: visit.id }
  }
  requireStoreInScope(user, { code: visit.storeCode, district: visit.district }, 'This visit is outside your districts')
  return { visitId: visit.id }
}

const ref = (p: PhotoRecord): PhotoRef => ({ id: p.id, width: p.width, height: p.height })

/**
 * The visits (already narrowed to the user's area) with their photos, per
 * item and per visit. An item whose case is hidden from the user (one of
 * `hiddenCases`) shows no photos, as its photo URL would answer 404.
 */
export async function withVisitPhotos(db: Queryable, visits: StoredVisitSummary[], hiddenCases: ReadonlySet<string>): Promise<VisitSummary[]> {
  const photos = await listVisitPhotos(db, visits.map((v) => v.id))
  const of = (visitId: string, itemId: string) => photos.filter((p) => p.ownerId === visitId && p.itemId === itemId).map(ref)
  return visits.map((v) => ({
    ...v,
    results: v.results.map((r) => ({ ...r, photos: r.caseId && hiddenCases.has(r.caseId) ? [] : of(v.id, r.itemId) })),
    photos: of(v.id, ''),
  }))
}
