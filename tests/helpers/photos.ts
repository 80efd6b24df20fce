// Test pictures as a phone writes them: a JPEG carrying EXIF with GPS
// coordinates, the phone's make and model and the time it was taken, and an
// orientation tag saying "turn me a quarter to the right".
import sharp from 'sharp'

export const PHONE_MAKE = 'TestPhoneMaker'

export async function phoneJpeg(opts: { width?: number; height?: number; colour?: string } = {}): Promise<Buffer> {
  const { width = 400, height = 300, colour = '#c0392b' } = opts
  return sharp({ create: { width, height, channels: 3, background: colour } })
    .jpeg({ quality: 90 })
    .withExif({
      IFD0: { Make: PHONE_MAKE, Model: 'Model X1', DateTime: '2026:11:30 09:41:00' },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '23/1 7/1 4512/100', GPSLongitudeRef: 'E', GPSLongitude: '113/1 15/1 3012/100' },
    })
    .withMetadata({ orientation: 6 })
    .toBuffer()
}

/** What is left of a stored or served image's metadata. */
export async function metadataOf(image: Uint8Array) {
  const m = await sharp(image).metadata()
  return { format: m.format, width: m.width, height: m.height, exif: m.exif, icc: m.icc, xmp: m.xmp, iptc: m.iptc, orientation: m.orientation, comments: m.comments }
}
