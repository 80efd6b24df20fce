// A supervisor's photo of a visit they (or a colleague) stored: of one
// checklist item, or of the visit as a whole. The visit must exist and lie
// in the user's area, and an item must be one of the checklist version the
// visit was made with; the rest (sniffing, re-encoding, idempotency,
// limits) is storePhoto's, as for a buyer's photo.
import type { User } from '../../shared/user.ts'
import { ApiError } from '../api-error.ts'
import { requireStoreInScope } from '../auth/store-access.ts'
import { getChecklistVersion } from '../db/queries/checklists.ts'
import { getVisitForPhotos } from '../db/queries/visits.ts'
import type { AppDeps } from '../deps.ts'
import { storePhoto, type PhotoStored } from './add-photo.ts'

export async function addVisitPhoto(deps: AppDeps, user: User, visitId: string, itemId: string | undefined, body: Uint8Array): Promise<PhotoStored> {
  const visit = await getVisitForPhotos(deps.db, visitId)
  if (!visit) throw new ApiError(404, 'not_found', 'No visit has this id')
  requireStoreInScope(user, { code: visit.storeCode, district: visit.district }, 'This visit is outside your districts')
  if (itemId !== undefined) {
    const checklist =
      visit.checklistId && visit.checklistVersion ? await getChecklistVersion(deps.db, visit.checklistId, visit.checklistVersion) : undefined
    if (!checklist?.items.some((i) => i.id === itemId)) {
      throw new ApiError(400, 'validation_failed', `Item ${itemId} is not on this visit's checklist`, { itemId: 'unknown' })
    }
  }
  return storePhoto(deps, { type: 'visit', id: visitId, itemId: itemId ?? null }, body)
}
