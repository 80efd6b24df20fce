// Evidence photos (issue 15): the limits both ends keep, the path
// parameters the server checks, and the shapes it answers with.
import * as v from 'valibot'
import type { FieldError } from './api-error.ts'
import { isUuidV4 } from './receipt.ts'

const code = (c: FieldError) => c

export {
  PHOTO_LONGEST_SIDE,
  PHOTO_MAX_BYTES,
  PHOTO_MAX_PIXELS,
  PHOTO_WINDOW_MS,
  PHOTOS_PER_ITEM,
  PHOTOS_PER_SUBMISSION,
  PHOTOS_PER_VISIT,
} from './photo-limits.ts'

const uuid = v.pipe(v.string(code('invalid')), v.toLowerCase(), v.check(isUuidV4, code('invalid')))

/** POST /api/feedback/:id/photos: the submission's id. */
export const photoUploadParamSchema = v.object({ id: uuid })

/** POST /api/admin/visits/:id/photos: the visit's client-made id. */
export const visitPhotoParamSchema = v.object({ id: uuid })

/** …?itemId=: the checklist item the photo shows; without it, the photo is of the visit as a whole. */
export const visitPhotoQuerySchema = v.object({
  itemId: v.optional(v.pipe(v.string(code('invalid')), v.regex(/^[a-z0-9_]{1,40}$/, code('invalid')))),
})

/** GET /api/admin/photos/:photoId */
export const photoIdParamSchema = v.object({ photoId: uuid })

/** POST /api/feedback/:id/photos (and a visit's) → 201 (200 when the same bytes were sent before). */
export interface PhotoAdded {
  photoId: string
}

/** A photo as a case lists it; the image itself is GET /api/admin/photos/:id. */
export interface PhotoRef {
  id: string
  width: number
  height: number
}

export const photoUrl = (id: string) => `/api/admin/photos/${id}`
