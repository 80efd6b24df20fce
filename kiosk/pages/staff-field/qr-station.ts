// The station code in a store's poster QR code, read from a photo taken with
// the phone's camera (or any image file): jsQR decodes it in the browser, so
// starting a visit needs no app and no upload. The poster encodes
// PUBLIC_URL/s/<code>?v=<version>; a bare station code is accepted too.
// The decoder is loaded on the first photo, not with the console: it would
// almost double the console's bundle for one button on one page.

const CODE_IN_URL = /\/s\/([0-9A-Za-z-]{2,32})(?:[?#/]|$)/

export function stationFromText(text: string): string | null {
  const trimmed = text.trim()
  const inUrl = CODE_IN_URL.exec(trimmed)
  if (inUrl) return inUrl[1]!
  return /^[0-9A-Za-z-]{2,32}$/.test(trimmed) ? trimmed : null
}

/** The station code of the QR code in the image, or null when none is found. */
export async function stationFromImage(file: Blob): Promise<string | null> {
  const [{ default: jsQR }, bitmap] = await Promise.all([import('jsqr'), createImageBitmap(file)])
  // Phone photos are large; a QR code still decodes at a thousand pixels across.
  const scale = Math.min(1, 1000 / Math.max(bitmap.width, bitmap.height))
  const width = Math.round(bitmap.width * scale)
  const height = Math.round(bitmap.height * scale)
  const canvas = document.createElement('canvas')
  canvas.width = width
  canvas.height = height
  const ctx = canvas.getContext('2d')
  if (!ctx) return null
  ctx.drawImage(bitmap, 0, 0, width, height)
  const found = jsQR(ctx.getImageData(0, 0, width, height).data, width, height)
  return found ? stationFromText(found.data) : null
}
