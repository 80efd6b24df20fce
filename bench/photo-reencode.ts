// The cost of what the server does to every kept photo (issue 15): decode,
// turn upright, write a new JPEG without metadata. The baseline is decoding
// alone, measured in the same run, so the ratio says what the re-encoding
// adds to the unavoidable work of reading the picture.
import sharp from 'sharp'
import { reencodePhoto } from '../server/photos/reencode.ts'
import { medianMs } from './measure.ts'

/** A 4,000 × 3,000 phone-like JPEG: textured (noise, softened), with EXIF, GPS and an orientation tag. */
async function phonePhoto(): Promise<Buffer> {
  const textured = await sharp({ create: { width: 4000, height: 3000, channels: 3, background: '#808080', noise: { type: 'gaussian', mean: 128, sigma: 40 } } })
    .blur(1.2)
    .raw()
    .toBuffer({ resolveWithObject: true })
  return sharp(textured.data, { raw: textured.info })
    .jpeg({ quality: 90 })
    .withExif({ IFD0: { Make: 'BenchPhone', Model: 'B1' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '23/1 7/1 4512/100' } })
    .withMetadata({ orientation: 6 })
    .toBuffer()
}

export async function photoReencodeBench(runs: number) {
  const photo = await phonePhoto()
  const reencode = await medianMs(async () => {
    if (!(await reencodePhoto(photo))) throw new Error('the photo did not decode')
  }, runs)
  const decode = await medianMs(() => sharp(photo).raw().toBuffer(), runs)
  return { reencode, decode, bytes: photo.length }
}
