interface Props {
  name: string
  label: string
  value: string | undefined
  options: [value: string, label: string][]
  /** The label of an empty first choice meaning "no filter"; none when omitted. */
  any?: string
}

/** A labelled select for a form read with FormData. */
export function SelectField({ name, label, value, options, any }: Props) {
  const id = `f-${name}`
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <select id={id} name={name} value={value ?? ''}>
        {any !== undefined && <option value="">{any}</option>}
        {options.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </select>
    </div>
  )
}
