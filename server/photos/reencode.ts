// Every kept photo is a new JPEG drawn from the decoded pixels: turned
// upright by its EXIF orientation, then written without any of the input's
// metadata (sharp keeps none unless asked: no EXIF, GPS, XMP, IPTC, ICC
// profile or comment). Nothing the phone wrote survives but the picture.
import type SharpFactory from 'sharp'

// sharp brings libvips, tens of megabytes resident: loaded with the first
// photo, not at start, so a server that is sent none does not hold it
// (issue 14: the server's memory with a million cases).
let sharpLoaded: Promise<typeof SharpFactory> | undefined
const loadSharp = () => (sharpLoaded ??= import('sharp').then((m) => m.default))

/** A 10 MB file can still claim billions of pixels; this bounds the memory one decode may take. */
const MAX_INPUT_PIXELS = 100_000_000
const JPEG_QUALITY = 82

export interface Reencoded {
  data: Buffer
  width: number
  height: number
}

/** The re-encoded image, or null when the bytes do not decode as an image sharp can read. */
export async function reencodePhoto(input: Uint8Array): Promise<Reencoded | null> {
  const sharp = await loadSharp()
  try {
    const { data, info } = await sharp(input, { limitInputPixels: MAX_INPUT_PIXELS, failOn: 'error' })
      .rotate()
      .jpeg({ quality: JPEG_QUALITY })
      .toBuffer({ resolveWithObject: true })
    return { data, width: info.width, height: info.height }
  } catch {
    return null
  }
}
