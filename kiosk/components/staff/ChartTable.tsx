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
            {columns.map((c) => (
              <th scope="col" key={c}>
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
