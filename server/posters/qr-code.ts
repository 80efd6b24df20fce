// QR codes for posters and downloads, drawn from one module matrix so the
// SVG and the PNG of a store are the same symbol. Level M survives about 15%
// damage (a scuffed or partly covered poster); the quiet zone of 4 modules is
// what ISO/IEC 18004 asks for, and phone scanners fail without it.
import QRCode from 'qrcode'

const QR_QUIET_ZONE = 4
const ERROR_CORRECTION = 'M'

interface QrMatrix {
  size: number
  dark(x: number, y: number): boolean
}

function qrMatrix(text: string): QrMatrix {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: ERROR_CORRECTION })
  return { size: modules.size, dark: (x, y) => modules.get(y, x) === 1 }
}

/**
 * An SVG in module units (quiet zone included) that scales to any print size
 * without blur. Each row's runs of dark modules are one `M x y h n v 1 h -n z`
 * rectangle, which keeps a city's worth of posters small.
 */
export function qrSvg(text: string, attrs = ''): string {
  const m = qrMatrix(text)
  const side = m.size + 2 * QR_QUIET_ZONE
  let path = ''
  for (let y = 0; y < m.size; y++) {
    let x = 0
    while (x < m.size) {
      if (!m.dark(x, y)) {
        x++
        continue
      }
      const start = x
      while (x < m.size && m.dark(x, y)) x++
      path += `M${start + QR_QUIET_ZONE} ${y + QR_QUIET_ZONE}h${x - start}v1h-${x - start}z`
    }
  }
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${side} ${side}" shape-rendering="crispEdges"${attrs ? ` ${attrs}` : ''}>` +
    `<rect width="${side}" height="${side}" fill="#fff"/><path fill="#000" d="${path}"/></svg>`
  )
}

/** A PNG of `scale` pixels per module, quiet zone included. */
export function qrPng(text: string, scale = 12): Promise<Buffer> {
  return QRCode.toBuffer(text, { type: 'png', errorCorrectionLevel: ERROR_CORRECTION, margin: QR_QUIET_ZONE, scale })
}
