// Every kept photo is a new JPEG drawn from the decoded pixels: turned
// upright by its EXIF orientation, then written without any of the input's
// metadata (sharp keeps none unless asked: no EXIF, GPS, XMP, IPTC, ICC
// profile or comment). Nothing the phone wrote survives but the picture.
//
// Decoding is the one costly thing a public request makes the server do: a
// picture takes 3–4 bytes a pixel once decoded, whatever its file's size.
// So a picture's size is read from its header first (pictureSize, which
// decodes nothing) and one over PHOTO_MAX_PIXELS is refused, and decodes
// take turns in one queue per process, so that parallel uploads cannot
// multiply the memory one takes.
import type SharpFactory from 'sharp'
import { PHOTO_MAX_PIXELS } from '../../shared/photo-limits.ts'
import { WorkQueue } from '../limits/work-queue.ts'

// sharp brings libvips, tens of megabytes resident: loaded with the first
// photo, not at start, so a server that is sent none does not hold it
// (issue 14: the server's memory with a million cases).
let sharpLoaded: Promise<typeof SharpFactory> | undefined
const loadSharp = () =>
  (sharpLoaded ??= import('sharp').then((m) => {
    // libvips' operation cache keeps recent images' pixels for reuse; each
    // photo is decoded once, so it would only hold memory.
    m.default.cache(false)
    return m.default
  }))

// A phone's photo (1,600 px) re-encodes in tens of milliseconds; one at a
// time keeps the decoded pixels to one picture's worth (≤ 160 MB at the
// limit), and a few more may wait their turn. Beyond that an upload is
// refused with 503 (QueueFull), and the outboxes send it again later.
const DECODES_ACTIVE = 1
const DECODES_WAITING = 8
const decoding = new WorkQueue(DECODES_ACTIVE, DECODES_WAITING)

const JPEG_QUALITY = 82

export interface PictureSize {
  width: number
  height: number
}

/** The picture's size as its header states it, without decoding it; null when sharp cannot read the header. */
export async function pictureSize(input: Uint8Array): Promise<PictureSize | null> {
  const sharp = await loadSharp()
  try {
    const { width, height } = await sharp(input).metadata()
    return width && height ? { width, height } : null
  } catch {
    return null
  }
}

export const isOverPixelLimit = (size: PictureSize) => size.width * size.height > PHOTO_MAX_PIXELS

export interface Reencoded {
  data: Buffer
  width: number
  height: number
}

/**
 * The re-encoded image, or null when the bytes do not decode as an image
 * sharp can read. Waits for its turn to decode; throws QueueFull when too
 * many are waiting already.
 */
export async function reencodePhoto(input: Uint8Array): Promise<Reencoded | null> {
  const sharp = await loadSharp()
  return decoding.run(async () => {
    try {
      // The header was checked already; the decoder holds to the same limit
      // in case a format states one size and decodes another.
      const { data, info } = await sharp(input, { limitInputPixels: PHOTO_MAX_PIXELS, failOn: 'error' })
        .rotate()
        .jpeg({ quality: JPEG_QUALITY })
        .toBuffer({ resolveWithObject: true })
      return { data, width: info.width, height: info.height }
    } catch {
      return null
    }
  })
}
