import { create } from 'qrcode'
import { useMemo } from 'preact/hooks'

interface Props {
  text: string
  /** Says what the code opens, for screen readers. */
  label: string
  size?: string
}

const QUIET_ZONE = 4

/** A QR code drawn as one SVG path: crisp at any size, no canvas, no innerHTML. */
export function QrCode({ text, label, size = '220px' }: Props) {
  const { path, extent } = useMemo(() => {
    const modules = create(text, { errorCorrectionLevel: 'M' }).modules
    let d = ''
    for (let row = 0; row < modules.size; row++) {
      for (let col = 0; col < modules.size; col++) {
        if (modules.get(row, col)) d += `M${col + QUIET_ZONE} ${row + QUIET_ZONE}h1v1h-1z`
      }
    }
    return { path: d, extent: modules.size + 2 * QUIET_ZONE }
  }, [text])
  return (
    <svg class="qr" role="img" aria-label={label} data-qr={text} viewBox={`0 0 ${extent} ${extent}`} width={size} height={size} shape-rendering="crispEdges">
      <rect width={extent} height={extent} fill="#fff" />
      <path d={path} fill="#000" />
    </svg>
  )
}
