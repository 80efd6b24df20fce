type Option = [value: string, label: string]

interface Props {
  name: string
  label: string
  value: string | undefined
  options: Option[]
  /** Choices under headings, after `options`: an optgroup each, so two choices of the same name can be told apart. */
  groups?: { label: string; options: Option[] }[]
  /** The label of an empty first choice meaning "no filter"; none when omitted. */
  any?: string
}

const choices = (options: Option[]) =>
  options.map(([v, text]) => (
    <option key={v} value={v}>
      {text}
    </option>
  ))

/** A labelled select for a form read with FormData. */
export function SelectField({ name, label, value, options, groups, any }: Props) {
  const id = `f-${name}`
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <select id={id} name={name} value={value ?? ''}>
        {any !== undefined && <option value="">{any}</option>}
        {choices(options)}
        {groups?.map((g) => (
          <optgroup key={g.label} label={g.label}>
            {choices(g.options)}
          </optgroup>
        ))}
      </select>
    </div>
  )
}
