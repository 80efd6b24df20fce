// What an upload really is, read from its first bytes: names and
// Content-Type headers are the sender's word and are not consulted.
// Signatures: JPEG (ISO/IEC 10918-1 SOI + marker), PNG (RFC 2083 §12.11),
// WebP (RIFF container, "WEBP" form type), HEIF/AVIF (ISO/IEC 23008-12
// `ftyp` box with an image brand).

export type ImageKind = 'jpeg' | 'png' | 'webp' | 'heif'

const HEIF_BRANDS = new Set(['heic', 'heix', 'heim', 'heis', 'hevc', 'hevx', 'mif1', 'msf1', 'avif', 'avis'])

const ascii = (b: Uint8Array, from: number, to: number) => String.fromCharCode(...b.subarray(from, to))

export function sniffImage(b: Uint8Array): ImageKind | null {
  if (b.length >= 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return 'jpeg'
  if (b.length >= 8 && ascii(b, 0, 8) === '\x89PNG\r\n\x1a\n') return 'png'
  if (b.length >= 12 && ascii(b, 0, 4) === 'RIFF' && ascii(b, 8, 12) === 'WEBP') return 'webp'
  if (b.length >= 12 && ascii(b, 4, 8) === 'ftyp' && HEIF_BRANDS.has(ascii(b, 8, 12))) return 'heif'
  return null
}
