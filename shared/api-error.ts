// The one error shape every API answer uses, and the codes a client may see.
// `fields` maps a field path ("message", "contact.phone") to a field error
// code that the i18n catalogue turns into words.

const ERROR_CODES = [
  'bad_request',
  'invalid_json',
  'validation_failed',
  'payload_too_large',
  'unsupported_media_type',
  'not_found',
  'store_not_found',
  'store_inactive',
  'unauthorized',
  'forbidden',
  'csrf_failed',
  'invalid_credentials',
  'conflict',
  'id_reused',
  'too_many_photos',
  'photo_window_closed',
  'illegal_transition',
  'rate_limited',
  'pairing_code_invalid',
  'pairing_code_expired',
  'pairing_code_used',
  'device_revoked',
  'wrong_store',
  'busy',
  'internal',
] as const
export type ErrorCode = (typeof ERROR_CODES)[number]

export const FIELD_ERRORS = [
  'required',
  'invalid',
  'too_short',
  'too_long',
  'unknown',
  'not_allowed',
  'kind_mismatch',
  'in_future',
] as const
export type FieldError = (typeof FIELD_ERRORS)[number]

export interface ApiErrorBody {
  error: {
    code: ErrorCode
    message: string
    fields?: Record<string, FieldError>
  }
}

export function isApiErrorBody(value: unknown): value is ApiErrorBody {
  if (typeof value !== 'object' || value === null || !('error' in value)) return false
  const error = (value as { error: unknown }).error
  return typeof error === 'object' && error !== null && 'code' in error && 'message' in error
}
