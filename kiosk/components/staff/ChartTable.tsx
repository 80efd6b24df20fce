import { useLocale } from '../../state/staff-locale.ts'

interface Props {
  columns: string[]
  rows: (string | number)[][]
}

/** A chart's numbers as a table: the text alternative for screen readers and for copying. */
export function ChartTable({ columns, rows }: Props) {
  const { t } = useLocale()
  return (
    <details class="chart-data">
      <summary>{t('chart.data')}</summary>
      <table>
        <thead>
          <tr>
            {/* The first column names the row; the others are numbers. */}
            {columns.map((c, i) => (
              <th scope="col" key={c} class={i === 0 ? undefined : 'num'}>
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={String(r[0])}>
              {r.map((cell, i) => (i === 0 ? <th scope="row">{cell}</th> : <td class="num">{cell}</td>))}
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  )
}
