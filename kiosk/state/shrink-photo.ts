// A phone photo made small before it leaves the phone: at most
// PHOTO_LONGEST_SIDE pixels on its longest side, turned upright, drawn to a
// canvas and saved as JPEG. A canvas keeps pixels only, so the EXIF data
// (GPS position, phone model, time) is gone before anything is sent; the
// server strips it again in any case.
import { PHOTO_LONGEST_SIDE } from '../../shared/photo-limits.ts'

const JPEG_QUALITY = 0.85

/** The shrunken JPEG; rejects when the browser cannot decode the picture. */
export async function shrinkPhoto(file: Blob): Promise<Blob> {
  const bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' })
  try {
    const scale = Math.min(1, PHOTO_LONGEST_SIDE / Math.max(bitmap.width, bitmap.height))
    const canvas = document.createElement('canvas')
    canvas.width = Math.max(1, Math.round(bitmap.width * scale))
    canvas.height = Math.max(1, Math.round(bitmap.height * scale))
    canvas.getContext('2d')!.drawImage(bitmap, 0, 0, canvas.width, canvas.height)
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('canvas gave no JPEG'))), 'image/jpeg', JPEG_QUALITY),
    )
  } finally {
    bitmap.close()
  }
}
