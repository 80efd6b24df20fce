import { AUDIT_DETAIL_KINDS, type AuditNames } from '../../../shared/audit-names.ts'
import { useLocale, type StaffMessageKey } from '../../state/staff-locale.ts'
import { formatDateTime } from './format.ts'
import { AuditName } from './AuditName.tsx'

interface Props {
  detail: Record<string, unknown>
  names: AuditNames
}

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/
/** Fields whose values are words of a catalogue (a status, a role, a channel). */
const VALUE_WORDS: Readonly<Record<string, string>> = { status: 'status', role: 'role', channel: 'channel', to: 'status', from: 'status' }

/** An audit entry's details as one readable line a field, not JSON. */
export function AuditDetail({ detail, names }: Props) {
  const { t, locale } = useLocale()
  // A word the catalogue lacks is shown as it is stored.
  const word = (key: string, fallback: string) => {
    const text = t(key as StaffMessageKey)
    return text === key ? fallback : text
  }
  const text = (field: string, value: unknown): string => {
    if (value === null || value === undefined || value === '') return '—'
    if (typeof value === 'boolean') return t(value ? 'audit.yes' : 'audit.no')
    if (typeof value === 'number') return String(value)
    if (typeof value === 'string') {
      if (ISO_INSTANT.test(value)) return formatDateTime(value, locale)
      const words = VALUE_WORDS[field]
      return words ? word(`${words}.${value}`, value) : value
    }
    if (Array.isArray(value)) return value.map((v) => text(field, v)).join('、')
    const parts = value as Record<string, unknown>
    if ('from' in parts && 'to' in parts) return `${text(field, parts.from)} → ${text(field, parts.to)}`
    return Object.entries(parts)
      .map(([k, v]) => `${word(`audit.field.${k}`, k)}：${text(k, v)}`)
      .join('，')
  }
  const entries = Object.entries(detail)
  if (entries.length === 0) return <>—</>
  return (
    <ul class="audit-detail">
      {entries.map(([field, value]) => {
        const kind = AUDIT_DETAIL_KINDS[field]
        return (
          <li key={field} data-field={field}>
            {`${word(`audit.field.${field}`, field)}：`}
            {kind && typeof value === 'string' ? <AuditName kind={kind} value={value} names={names} /> : text(field, value)}
          </li>
        )
      })}
    </ul>
  )
}
