import { ChartTable } from './ChartTable.tsx'

interface Bar {
  label: string
  value: number
  /** A part of value drawn darker (e.g. the overdue share of the open cases). */
  accent?: number
}

interface Props {
  title: string
  bars: Bar[]
  /** What a bar stands for (district, category), the heading of the table's first column. */
  labelName: string
  valueName: string
  accentName?: string
}

const ROW = 24
const LABEL = 170
/** How many half-width characters fit before the bars; a Chinese character counts two. */
const LABEL_WIDTH = 27

/** A label cut to fit the drawing; the table below has it whole. */
function fit(label: string): string {
  let width = 0
  let out = ''
  for (const ch of label) {
    width += ch.charCodeAt(0) > 0x2e80 ? 2 : 1
    if (width > LABEL_WIDTH - 1) return `${out}…`
    out += ch
  }
  return out
}
const WIDTH = 520

/** Horizontal bars, one per row, hand-drawn in SVG; the numbers also as a table. */
export function BarChart({ title, bars, labelName, valueName, accentName }: Props) {
  const max = Math.max(1, ...bars.map((b) => b.value))
  const scale = (WIDTH - LABEL - 40) / max
  const height = Math.max(ROW, bars.length * ROW)
  const summary = `${title}: ${bars.map((b) => `${b.label} ${b.value}`).join('，')}`
  return (
    <figure class="chart">
      <figcaption>{title}</figcaption>
      <svg viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-label={summary} preserveAspectRatio="xMinYMin meet">
        {bars.map((b, i) => (
          <g key={b.label} transform={`translate(0 ${i * ROW})`}>
            <text x={LABEL - 6} y={ROW / 2 + 5} text-anchor="end" class="axis">
              {fit(b.label)}
            </text>
            <rect x={LABEL} y={4} width={b.value * scale} height={ROW - 8} class="bar" />
            {b.accent ? <rect x={LABEL} y={4} width={b.accent * scale} height={ROW - 8} class="bar accent" /> : null}
            <text x={LABEL + b.value * scale + 4} y={ROW / 2 + 5} class="value">
              {b.value}
            </text>
          </g>
        ))}
      </svg>
      <ChartTable
        columns={[labelName, valueName, ...(accentName ? [accentName] : [])]}
        rows={bars.map((b) => [b.label, b.value, ...(accentName ? [b.accent ?? 0] : [])])}
      />
    </figure>
  )
}
