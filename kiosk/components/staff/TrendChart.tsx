import { ChartTable } from './ChartTable.tsx'

interface Point {
  label: string
  value: number
}

interface Props {
  title: string
  points: Point[]
  valueName: string
  periodName: string
}

const WIDTH = 520
const HEIGHT = 160
const PAD = { left: 32, right: 24, top: 12, bottom: 24 }

/** A line over time (e.g. cases per week), hand-drawn in SVG; the numbers also as a table. */
export function TrendChart({ title, points, valueName, periodName }: Props) {
  const max = Math.max(1, ...points.map((p) => p.value))
  const step = (WIDTH - PAD.left - PAD.right) / Math.max(1, points.length - 1)
  const x = (i: number) => PAD.left + i * step
  const y = (v: number) => HEIGHT - PAD.bottom - (v / max) * (HEIGHT - PAD.top - PAD.bottom)
  const line = points.map((p, i) => `${i === 0 ? 'M' : 'L'}${x(i).toFixed(1)} ${y(p.value).toFixed(1)}`).join(' ')
  const summary = `${title}: ${points.map((p) => `${p.label} ${p.value}`).join('，')}`
  return (
    <figure class="chart">
      <figcaption>{title}</figcaption>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={summary}>
        <line x1={PAD.left} y1={y(0)} x2={WIDTH - PAD.right} y2={y(0)} class="grid" />
        <line x1={PAD.left} y1={y(max)} x2={WIDTH - PAD.right} y2={y(max)} class="grid" />
        <text x={PAD.left - 4} y={y(max) + 4} text-anchor="end" class="axis">
          {max}
        </text>
        <text x={PAD.left - 4} y={y(0) + 4} text-anchor="end" class="axis">
          0
        </text>
        <path d={line} class="line" />
        {points.map((p, i) => (
          <g key={p.label}>
            <circle cx={x(i)} cy={y(p.value)} r={3} class="dot" />
            {/* Every third week is labelled, counted back from the latest, so the labels never overlap. */}
            {(points.length - 1 - i) % 3 === 0 ? (
              <text x={x(i)} y={HEIGHT - 6} text-anchor={i === points.length - 1 ? 'end' : 'middle'} class="axis">
                {p.label.slice(5)}
              </text>
            ) : null}
          </g>
        ))}
      </svg>
      <ChartTable columns={[periodName, valueName]} rows={points.map((p) => [p.label, p.value])} />
    </figure>
  )
}
