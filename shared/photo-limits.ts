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
/** Photos are taken for this long after the server acknowledged their submission. */
export const PHOTO_WINDOW_MS = 60 * 60_000
