import type { LibraryVersion } from '../../../shared/field-types.ts'
import { formatDateTime } from '../../components/staff/format.ts'
import { useLocale, type StaffMessageKey } from '../../state/staff-locale.ts'

interface Props {
  history: LibraryVersion[]
  /** The message key of a field's name. */
  fieldName(field: string): StaffMessageKey
  /** A field's value as the reader should see it (a level or status in words). */
  show?(field: string, value: unknown): string
}

const plain = (value: unknown): string => (value === null || value === '' ? '—' : Array.isArray(value) ? value.join('、') || '—' : String(value))

/** Every version of a library entry, newest first: who, when, and each field before → after. */
export function VersionHistory({ history, fieldName, show }: Props) {
  const { t, locale } = useLocale()
  const text = (field: string, value: unknown) => (value !== null && show ? show(field, value) : plain(value))
  return (
    <section aria-labelledby="history-heading">
      <h2 id="history-heading">{t('lib.history')}</h2>
      <ol class="card-list" reversed>
        {[...history].reverse().map((v) => (
          <li key={v.version}>
            <strong>{t('lib.version_by', { version: v.version, who: v.editedBy ?? '—', at: formatDateTime(v.at, locale) })}</strong>
            {v.version === 1 ? (
              <span class="sub">{t('lib.created')}</span>
            ) : (
              <ul class="changes">
                {v.changes.map((c) => (
                  <li key={c.field}>
                    {t(fieldName(c.field))}: <del>{text(c.field, c.before)}</del> → <ins>{text(c.field, c.after)}</ins>
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ol>
    </section>
  )
}
