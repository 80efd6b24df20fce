// The photo limits both ends keep (issue 15), apart from the photo schemas:
// the buyer page's photo picker needs them, valibot it does not (issue 12's
// 25 KB budget).
export const PHOTOS_PER_SUBMISSION = 3
/** A supervisor's photos (issue 10): per checklist item, as many as a buyer sends for a case… */
export const PHOTOS_PER_ITEM = 3
/** …and for the visit as a whole (the shop front, a training session). */
export const PHOTOS_PER_VISIT = 6
/** The largest upload the server reads; a phone's shrunken JPEG is far below it. */
export const PHOTO_MAX_BYTES = 10 * 1024 * 1024
/** The phone shrinks each photo to this longest side before sending. */
export const PHOTO_LONGEST_SIDE = 1600
/**
 * The largest picture the server decodes, read from the image's header: a
 * small file can claim billions of pixels, and each costs 3–4 bytes once
 * decoded. 25 times what a phone sends (1,600 × 1,200), more than any
 * phone camera's full-size photo.
 */
export const PHOTO_MAX_PIXELS = 40_000_000
/** Photos are taken for this long after the server acknowledged their submission. */
export const PHOTO_WINDOW_MS = 60 * 60_000
