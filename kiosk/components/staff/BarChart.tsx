import { ChartTable } from './ChartTable.tsx'

export interface Bar {
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
/** Longer labels are cut in the drawing; the table below has them whole. */
const LABEL_CHARS = 14
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
              {Array.from(b.label).length > LABEL_CHARS ? `${Array.from(b.label).slice(0, LABEL_CHARS - 1).join('')}…` : b.label}
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
