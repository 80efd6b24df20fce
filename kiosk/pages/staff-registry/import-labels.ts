// Words for an import report's invalid rows: the column and the reason,
// both sent by the server as codes.
import { FIELD_ERRORS, type FieldError } from '../../../shared/api-error.ts'
import type { Translate } from '../../../shared/i18n/translate.ts'
import { STORE_FIELD_LABELS } from '../../components/staff/store-field-labels.ts'
import type { staffCatalogue } from '../../state/staff-locale.ts'

type T = Translate<(typeof staffCatalogue)['zh-CN']>

export function columnLabel(t: T, field: string): string {
  return field in STORE_FIELD_LABELS ? t(STORE_FIELD_LABELS[field as keyof typeof STORE_FIELD_LABELS]) : field
}

export function reasonLabel(t: T, reason: string): string {
  if (reason === 'duplicate') return t('import.reason.duplicate')
  return (FIELD_ERRORS as readonly string[]).includes(reason) ? t(`field.${reason as FieldError}`) : reason
}
