import type { ErrorCode } from '../../../shared/api-error.ts'
import { ApiFailure } from '../../api/client.ts'
import type { StaffMessageKey } from '../../state/staff-locale.ts'

export type ErrorKeys = Partial<Record<ErrorCode | 'network', StaffMessageKey>>

// Every code the server can answer has words here (the type checker refuses a
// missing one), so the console never shows the server's English `message`.
const KNOWN: Record<ErrorCode | 'network', StaffMessageKey> = {
  network: 'error.network',
  bad_request: 'error.bad_request',
  invalid_json: 'error.bad_request',
  validation_failed: 'error.validation',
  payload_too_large: 'error.payload_too_large',
  unsupported_media_type: 'error.unsupported_media_type',
  not_found: 'error.not_found',
  store_not_found: 'error.store_not_found',
  store_inactive: 'error.store_inactive',
  unauthorized: 'login.expired',
  forbidden: 'error.forbidden',
  csrf_failed: 'error.csrf',
  invalid_credentials: 'login.failed',
  conflict: 'error.conflict',
  id_reused: 'error.conflict',
  too_many_photos: 'error.too_many_photos',
  photo_window_closed: 'error.photo_window_closed',
  illegal_transition: 'error.illegal_transition',
  rate_limited: 'error.rate_limited',
  // Answered to a tablet that pairs, never to the console; worded anyway.
  pairing_code_invalid: 'error.pairing_code',
  pairing_code_expired: 'error.pairing_code',
  pairing_code_used: 'error.pairing_code',
  device_revoked: 'error.device_revoked',
  wrong_store: 'error.wrong_store',
  busy: 'error.busy',
  internal: 'error.generic',
}

/** The catalogue key that explains a failed request; `own` words a code the way one page means it. */
export function errorKey(error: unknown, own: ErrorKeys = {}): StaffMessageKey {
  if (!(error instanceof ApiFailure)) return 'error.generic'
  return own[error.code] ?? KNOWN[error.code]
}

/** The words for an error code answered inside a body (a bulk action's per-case result). */
export const errorCodeKey = (code: string): StaffMessageKey => KNOWN[code as ErrorCode] ?? 'error.generic'
