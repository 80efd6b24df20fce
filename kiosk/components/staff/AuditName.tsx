import type { AuditNames, AuditTargetKind } from '../../../shared/audit-names.ts'
import { Link } from './Link.tsx'

interface Props {
  kind: AuditTargetKind
  value: string
  names: AuditNames
}

/** A person, store or case of an audit entry by name; a case links to its page. */
export function AuditName({ kind, value, names }: Props) {
  if (kind === 'person') {
    const name = names.people[value]
    return <span class="person">{name ? `${name}（${value}）` : value}</span>
  }
  if (kind === 'store') {
    const name = names.stores[value]
    return <span class="store">{name ? `${name}（${value}）` : value}</span>
  }
  if (kind === 'case') {
    const known = names.cases[value]
    // A held submission that was discarded never became a case: its short id is all there is.
    return known ? <Link href={`/staff/cases/${encodeURIComponent(value)}`}>{known.receipt}</Link> : <span class="mono">{value.slice(0, 8)}</span>
  }
  return <span>{value}</span>
}
