interface Props {
  /** One heading per column; an empty string for a column of buttons. */
  columns: string[]
}

/** A table's header row, every cell a column heading. */
export function TableHead({ columns }: Props) {
  return (
    <thead>
      <tr>
        {columns.map((c, i) => (
          <th key={i} scope="col">
            {c}
          </th>
        ))}
      </tr>
    </thead>
  )
}
