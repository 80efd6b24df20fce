import { storeDistricts } from '../../api/registry.ts'
import { useLoad } from '../../state/staff-load.ts'

interface Props {
  label: string
  /** The first choice, meaning every district. */
  all: string
  value: string
  onChange(district: string): void
  /** Given when a visible <label for> names the select; otherwise `label` is its aria-label. */
  id?: string
}

/** A district filter filled from the store directory. */
export function DistrictSelect({ label, all, value, onChange, id }: Props) {
  // Without the list the filter still works: it offers only "all".
  const { data } = useLoad(storeDistricts, [])
  return (
    <select id={id} aria-label={id ? undefined : label} value={value} onChange={(e) => onChange(e.currentTarget.value)}>
      <option value="">{all}</option>
      {(data ?? []).map((d) => (
        <option key={d} value={d}>
          {d}
        </option>
      ))}
    </select>
  )
}
