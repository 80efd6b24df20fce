/** A column heading; `num` for a column of numbers, whose heading aligns with them. */
type Column = string | { label: string; num: true }

interface Props {
  /** One heading per column; an empty string for a column of buttons. */
  columns: Column[]
}

/** A table's header row, every cell a column heading. */
export function TableHead({ columns }: Props) {
  return (
    <thead>
      <tr>
        {columns.map((c, i) => (
          <th key={i} scope="col" class={typeof c === 'string' ? undefined : 'num'}>
            {typeof c === 'string' ? c : c.label}
          </th>
        ))}
      </tr>
    </thead>
  )
}
