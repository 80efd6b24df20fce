// Adding a photo to its owner: only a real image (by content), re-encoded
// with nothing of the original's metadata, at most PHOTOS_PER_SUBMISSION
// per owner (photoLimit), and the same bytes sent again answer with the
// same photo. addCasePhoto is the buyer's way in; a visit's photos come
// through add-visit-photo.ts, which checks the visit and calls storePhoto.
// Everything that can refuse an upload without decoding it does so first
// (the owner, its hour, its limit, a retry, the size in the header): a
// decode is the costly step (reencode.ts).
import { createHash, randomUUID } from 'node:crypto'
import { PHOTO_MAX_PIXELS, PHOTO_WINDOW_MS, PHOTOS_PER_ITEM, PHOTOS_PER_SUBMISSION, PHOTOS_PER_VISIT } from '../../shared/photos.ts'
import { ApiError, BusyError } from '../api-error.ts'
import type { Queryable } from '../db/database.ts'
import { getFeedback } from '../db/queries/feedback.ts'
import { countOwnerPhotos, findOwnerPhoto, findOwnerPhotoBySource, insertPhoto, type PhotoOwner } from '../db/queries/photos.ts'
import { isQuarantined } from '../db/queries/quarantine.ts'
import type { AppDeps } from '../deps.ts'
import { QueueFull } from '../limits/work-queue.ts'
import { contentHash, saveMedia } from './media-store.ts'
import { isOverPixelLimit, pictureSize, reencodePhoto } from './reencode.ts'
import { sniffImage } from './sniff-image.ts'

export interface PhotoStored {
  photoId: string
  /** false when the owner already had this photo (a retry). */
  created: boolean
}

const notAnImage = () => new ApiError(415, 'unsupported_media_type', 'Only JPEG, PNG, WebP or AVIF images are taken')

/** A buyer's photo for their submission, sent after the submission was acknowledged. */
export async function addCasePhoto(deps: AppDeps, feedbackId: string, body: Uint8Array): Promise<PhotoStored> {
  const submission = await getFeedback(deps.db, feedbackId)
  if (!submission) {
    // A held submission's sender is answered like anyone else (a bot learns
    // nothing), but its pictures are not kept.
    if (await isQuarantined(deps.db, feedbackId)) {
      if (!sniffImage(body)) throw notAnImage()
      await requireDecodable(body)
      return { photoId: uuidFrom(createHash('sha256').update(feedbackId).update(body).digest()), created: true }
    }
    throw new ApiError(404, 'not_found', 'No submission has this id')
  }
  if (deps.clock.now().getTime() > Date.parse(submission.receivedAt) + PHOTO_WINDOW_MS) {
    throw new ApiError(409, 'photo_window_closed', 'Photos are taken within an hour of their submission')
  }
  return storePhoto(deps, { type: 'feedback', id: feedbackId }, body)
}

/** Checks, re-encodes and keeps one photo for an owner that the caller has checked exists. */
export async function storePhoto(deps: AppDeps, owner: PhotoOwner, body: Uint8Array): Promise<PhotoStored> {
  if (!sniffImage(body)) throw notAnImage()
  // A retry sends the very same bytes: answered from the hash of what was sent.
  const sourceHash = contentHash(body)
  const retried = await findOwnerPhotoBySource(deps.db, owner, sourceHash)
  if (retried) return { photoId: retried.id, created: false }
  await requireRoom(deps.db, owner)
  await requireDecodable(body)
  const image = await decode(body)
  // Re-encoding the same picture gives the same file, so its hash finds the
  // same photo sent as other bytes (or kept before source hashes were).
  const hash = contentHash(image.data)
  const answered = await existingOrFull(deps.db, owner, hash)
  if (answered) return answered
  // The file before the row: a committed row always names a whole file.
  await saveMedia(deps.config.dataDir, image.data)
  return deps.db.transaction(async (tx) => {
    const raced = await existingOrFull(tx, owner, hash)
    if (raced) return raced
    const photoId = randomUUID()
    await insertPhoto(tx, owner, {
      id: photoId,
      contentHash: hash,
      sourceHash,
      width: image.width,
      height: image.height,
      bytes: image.data.length,
      createdAt: deps.clock.now().toISOString(),
    })
    return { photoId, created: true }
  })
}

/** Refuses an image whose header cannot be read (415) or that states more than PHOTO_MAX_PIXELS (413), decoding nothing. */
async function requireDecodable(body: Uint8Array): Promise<void> {
  const size = await pictureSize(body)
  if (!size) throw notAnImage()
  if (isOverPixelLimit(size)) {
    throw new ApiError(413, 'payload_too_large', `The image is larger than ${PHOTO_MAX_PIXELS / 1_000_000} megapixels`)
  }
}

/** The re-encoded image, when its turn to decode comes; 503 when too many wait already. */
async function decode(body: Uint8Array) {
  try {
    const image = await reencodePhoto(body)
    if (!image) throw notAnImage()
    return image
  } catch (err) {
    if (err instanceof QueueFull) throw new BusyError('Too many photos being read; try again in a second')
    throw err
  }
}

/** How many photos one owner may have: a case, one checklist item of a visit, or the visit as a whole. */
const photoLimit = (owner: PhotoOwner) => (owner.type === 'feedback' ? PHOTOS_PER_SUBMISSION : owner.itemId ? PHOTOS_PER_ITEM : PHOTOS_PER_VISIT)

/** Refuses a photo for an owner that has all it may (409). */
async function requireRoom(db: Queryable, owner: PhotoOwner): Promise<void> {
  const limit = photoLimit(owner)
  if ((await countOwnerPhotos(db, owner)) >= limit) {
    throw new ApiError(409, 'too_many_photos', `At most ${limit} photos are taken`)
  }
}

/** The answer to a photo the owner has already, or a refusal when it has all it may. */
async function existingOrFull(db: Queryable, owner: PhotoOwner, hash: string): Promise<PhotoStored | null> {
  const existing = await findOwnerPhoto(db, owner, hash)
  if (existing) return { photoId: existing.id, created: false }
  await requireRoom(db, owner)
  return null
}

/** A version-4-shaped UUID from 16 bytes of a hash. */
function uuidFrom(digest: Buffer): string {
  const b = Buffer.from(digest.subarray(0, 16))
  b[6] = (b[6]! & 0x0f) | 0x40
  b[8] = (b[8]! & 0x3f) | 0x80
  const hex = b.toString('hex')
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`
}
