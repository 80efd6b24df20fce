// Reading QR codes back with a real decoder (jsQR), the way a phone would:
// from a PNG, or from a poster's inline SVG drawn to pixels here. The SVG
// rasteriser understands exactly what a scanner needs: the white background
// and the `M x y h n v 1 h -n z` rectangles of the poster's path.
import jsQR from 'jsqr'
import { PNG } from 'pngjs'

export function decodePng(bytes: Buffer): string | null {
  const png = PNG.sync.read(bytes)
  return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data ?? null
}

export function decodeSvg(svg: string, pixelsPerModule = 6): string | null {
  const box = /viewBox="0 0 (\d+) (\d+)"/.exec(svg)
  const path = /<path[^>]* d="([^"]*)"/.exec(svg)
  if (!box || !path) throw new Error('not a QR SVG')
  const side = Number(box[1]) * pixelsPerModule
  const pixels = new Uint8ClampedArray(side * side * 4).fill(255)
  for (const m of path[1]!.matchAll(/M(\d+) (\d+)h(\d+)v1h-(\d+)z/g)) {
    const [x, y, w] = [Number(m[1]), Number(m[2]), Number(m[3])]
    for (let py = y * pixelsPerModule; py < (y + 1) * pixelsPerModule; py++) {
      for (let px = x * pixelsPerModule; px < (x + w) * pixelsPerModule; px++) {
        const i = (py * side + px) * 4
        pixels[i] = pixels[i + 1] = pixels[i + 2] = 0
      }
    }
  }
  return jsQR(pixels, side, side)?.data ?? null
}
